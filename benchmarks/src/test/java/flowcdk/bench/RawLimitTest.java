package flowcdk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The raw-limit program writes what the bench connector writes: for one binding the same lines in
 * the same order, byte for byte; for several, the same lines per binding ({@code last_initialized}
 * is wall clock and normalized on both sides).
 */
class RawLimitTest {

  @Test
  void oneBindingIsByteForByteTheConnectorsStream() throws IOException {
    for (boolean model : new boolean[] {true, false}) {
      // 23 documents in pages of 10 (last page short), and 20 (last page full: no checkpoint after
      // it).
      for (int docs : new int[] {23, 20, 0}) {
        String request =
            oneBinding(
                Transcripts.request(
                    "04-bench-backfill.request.json",
                    "{}",
                    Map.of("bindings", 1, "docs", docs, "page", 10, "model", model, "pad", 5)));
        List<String> connector = normalize(Transcripts.run(new BenchCapture_Dispatch(), request));
        List<String> raw = normalize(raw(request));
        assertEquals(connector, raw, "model " + model + ", docs " + docs);
      }
    }
  }

  @Test
  void severalBindingsAreTheSamePerBinding() throws IOException {
    String request =
        Transcripts.request("04-bench-backfill.request.json", "{}", Map.of("docs", 25, "page", 10));
    List<String> keys = Transcripts.stateKeys(request);
    Map<String, List<String>> connector =
        Transcripts.perBinding(Transcripts.run(new BenchCapture_Dispatch(), request), keys);
    Map<String, List<String>> raw = Transcripts.perBinding(raw(request), keys);
    assertEquals(connector, raw);
    assertEquals(25 + 4, raw.get("items1").size());
  }

  private static List<String> raw(String request) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RawLimit.run(new ByteArrayInputStream((request + "\n").getBytes(StandardCharsets.UTF_8)), out);
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private static List<String> normalize(List<String> lines) {
    return lines.stream()
        .map(
            line ->
                line.replaceAll(
                    "\"last_initialized\":\"[^\"]*\"",
                    "\"last_initialized\":\"" + Transcripts.WALL_CLOCK + "\""))
        .toList();
  }

  /** The request with only its first binding. */
  @SuppressWarnings("unchecked")
  private static String oneBinding(String request) {
    Map<String, Object> parsed = (Map<String, Object>) Transcripts.parse(request);
    List<Object> bindings = (List<Object>) Transcripts.at(parsed, "open", "capture", "bindings");
    ((Map<String, Object>) Transcripts.at(parsed, "open", "capture"))
        .put("bindings", List.of(bindings.get(0)));
    return Transcripts.write(parsed);
  }
}
