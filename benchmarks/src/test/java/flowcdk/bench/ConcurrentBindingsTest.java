package flowcdk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: 50 bindings whose fetches each take 100 ms per page finish in about the time of one
 * binding, not fifty (the backfills run concurrently on the event loop).
 */
class ConcurrentBindingsTest {

  private static final int PAGES = 5;
  private static final int PAGE = 10;

  @Test
  void fiftySlowBindingsTakeAboutAsLongAsOne() {
    run(1); // warm up the JVM and Vert.x
    long single = run(1);
    long fifty = run(50);
    System.out.printf(
        "[concurrency] 1 binding: %d ms, 50 bindings: %d ms (%d pages of %d ms each; serial would be %d ms)%n",
        single,
        fifty,
        PAGES,
        SlowPagesCapture.FETCH_MILLIS,
        50 * PAGES * SlowPagesCapture.FETCH_MILLIS);
    assertTrue(
        single >= PAGES * SlowPagesCapture.FETCH_MILLIS,
        "one binding waits for its 5 pages: " + single + " ms");
    assertTrue(fifty < 3 * single, "50 bindings took " + fifty + " ms, one took " + single + " ms");
  }

  /** Runs {@code bindings} bindings to completion; the wall time in milliseconds. */
  private static long run(int bindings) {
    String request = request(bindings);
    long start = System.nanoTime();
    List<String> out = Transcripts.run(new SlowPagesCapture_Dispatch(), request);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long documents = out.stream().filter(line -> line.startsWith("{\"captured\"")).count();
    assertEquals((long) bindings * PAGES * PAGE, documents);
    return millis;
  }

  private static String request(int bindings) {
    List<Object> list = new ArrayList<>();
    for (int b = 0; b < bindings; b++) {
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
        Map.of("bindings", bindings, "docs", PAGES * PAGE, "page", PAGE, "model", true, "pad", 4);
    return "{\"open\":{\"capture\":{\"name\":\"acmeCo/slow\",\"connectorType\":\"LOCAL\",\"config\":"
        + Transcripts.write(config)
        + ",\"intervalSeconds\":0,\"bindings\":"
        + Transcripts.write(list)
        + "},\"version\":\"v1\",\"range\":{\"keyBegin\":0,\"keyEnd\":4294967295,\"rClockBegin\":0,"
        + "\"rClockEnd\":4294967295},\"state\":{}}}";
  }
}
