package flowcdk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: the backfills of 50 bindings run concurrently on the event loop. Each binding's first
 * page fetch waits at a gate that opens only once all 50 have started one, so the capture can only
 * finish if every binding got to its first fetch while the others were still waiting at theirs; a
 * runtime that ran the bindings one after another would leave the first one waiting.
 */
class ConcurrentBindingsTest {

  private static final int BINDINGS = 50;
  private static final int PAGES = 5;
  private static final int PAGE = 10;

  @Test
  void fiftyBindingsAllWaitAtOnceAndAllFinish() {
    GatedPagesCapture.Gate gate = new GatedPagesCapture.Gate(BINDINGS);
    List<String> out =
        Transcripts.run(new GatedPagesCapture_Dispatch(new GatedPagesCapture(gate)), request());
    assertTrue(gate.opened(), "all 50 bindings were waiting at the gate at once");
    Map<Long, Long> documents =
        out.stream()
            .filter(line -> line.startsWith("{\"captured\""))
            .collect(
                Collectors.groupingBy(
                    line -> (Long) Transcripts.at(Transcripts.parse(line), "captured", "binding"),
                    Collectors.counting()));
    assertEquals(BINDINGS, documents.size(), "bindings that captured documents");
    documents.forEach(
        (binding, count) -> assertEquals(PAGES * PAGE, count, "documents of binding " + binding));
  }

  private static String request() {
    List<Object> list = new ArrayList<>();
    for (int b = 0; b < BINDINGS; b++) {
      list.add(
          Transcripts.parse(
              "{\"resourceConfig\":{\"name\":\"items"
                  + b
                  + "\"},\"resourcePath\":[\"items"
                  + b
                  + "\"],\"stateKey\":\"items"
                  + b
                  + "\",\"collection\":{\"name\":\"acmeCo/items"
                  + b
                  + "\",\"key\":[\"/id\"],\"writeSchema\":{\"type\":\"object\"}}}"));
    }
    Map<String, Object> config =
        Map.of("bindings", BINDINGS, "docs", PAGES * PAGE, "page", PAGE, "model", true, "pad", 4);
    return "{\"open\":{\"capture\":{\"name\":\"acmeCo/gated\",\"connectorType\":\"LOCAL\",\"config\":"
        + Transcripts.write(config)
        + ",\"intervalSeconds\":0,\"bindings\":"
        + Transcripts.write(list)
        + "},\"version\":\"v1\",\"range\":{\"keyBegin\":0,\"keyEnd\":4294967295,\"rClockBegin\":0,"
        + "\"rClockEnd\":4294967295},\"state\":{}}}";
  }
}
