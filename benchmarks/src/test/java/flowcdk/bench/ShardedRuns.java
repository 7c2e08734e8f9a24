package flowcdk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import flowcdk.connector.KeyRange;
import flowcdk.runtime.RuntimeOptions;
import flowcdk.runtime.launch.ConnectorRuntime;
import flowcdk.testing.Attached;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the bench connector as instances of one capture split by key range, in-process: the Open
 * request of {@code bindings} bindings with a {@code range}, as Flow opens each shard.
 */
final class ShardedRuns {

  private ShardedRuns() {}

  /** One instance's run: its stdout lines and the state its checkpoints reduce to. */
  record Run(List<String> lines, String state) {

    /** The documents captured, by {@code <state key>/<id>}, with their text. */
    Map<String, String> documents(List<String> stateKeys) {
      Map<String, String> documents = new LinkedHashMap<>();
      for (String line : lines) {
        if (!line.startsWith("{\"captured\"")) {
          continue;
        }
        Object message = Transcripts.parse(line);
        int binding = ((Long) Transcripts.at(message, "captured", "binding")).intValue();
        Object doc = Transcripts.at(message, "captured", "doc");
        String key = stateKeys.get(binding) + "/" + Transcripts.at(doc, "id");
        String previous = documents.put(key, Transcripts.write(doc));
        if (previous != null) {
          documents.put(key + "#again", previous);
        }
      }
      return documents;
    }
  }

  /** The Open request of a capture of {@code bindings} x {@code docs}, for {@code range}. */
  @SuppressWarnings("unchecked")
  static String request(int bindings, int docs, int page, String state, KeyRange range) {
    Map<String, Object> request =
        (Map<String, Object>) Transcripts.parse(Fixtures.read("04-bench-backfill.request.json"));
    Map<String, Object> open = (Map<String, Object>) request.get("open");
    open.put("state", Transcripts.parse(state));
    Map<String, Object> capture = (Map<String, Object>) open.get("capture");
    ((Map<String, Object>) capture.get("config"))
        .putAll(Map.of("bindings", bindings, "docs", docs, "page", page));
    List<Object> template = (List<Object>) capture.get("bindings");
    String first = Transcripts.write(template.get(0));
    List<Object> all = new ArrayList<>();
    for (int b = 0; b < bindings; b++) {
      all.add(Transcripts.parse(first.replace("items0", "items" + b)));
    }
    capture.put("bindings", all);
    Map<String, Object> keyRange = new LinkedHashMap<>();
    keyRange.put("keyBegin", range.begin());
    keyRange.put("keyEnd", range.end());
    keyRange.put("rClockBegin", 0L);
    keyRange.put("rClockEnd", KeyRange.MAX);
    open.put("range", keyRange);
    return Transcripts.write(request);
  }

  /** Runs {@code request} to its end. */
  static Run run(String request, String state) {
    return run(request, state, Integer.MAX_VALUE);
  }

  /**
   * Runs {@code request}, stopping the capture gracefully (as SIGTERM) once {@code stopAfter}
   * documents are out; expects exit status 0.
   */
  static Run run(String request, String state, int stopAfter) {
    Attached connector = new Attached(new BenchCapture_Dispatch());
    List<String> lines = new ArrayList<>();
    OutputStream out =
        new OutputStream() {
          private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          private int documents;

          @Override
          public void write(int b) {
            if (b != '\n') {
              bytes.write(b);
              return;
            }
            String text = bytes.toString(StandardCharsets.UTF_8);
            bytes.reset();
            synchronized (lines) {
              lines.add(text);
            }
            if (text.startsWith("{\"captured\"") && ++documents == stopAfter) {
              connector.stop("the test stops the instance mid-backfill");
            }
          }
        };
    int status =
        ConnectorRuntime.run(
            connector,
            RuntimeOptions.defaults().withSignalHandling(false),
            new ByteArrayInputStream((request + "\n").getBytes(StandardCharsets.UTF_8)),
            out);
    List<String> copy;
    synchronized (lines) {
      copy = List.copyOf(lines);
    }
    assertEquals(0, status, () -> "exit status; stdout:\n" + String.join("\n", copy));
    return new Run(copy, Transcripts.reduce(state, copy));
  }
}
