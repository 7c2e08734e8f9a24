package flowcdk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.bench.http.HttpBenchCapture;
import flowcdk.bench.http.HttpBenchCapture_Dispatch;
import flowcdk.bench.http.HttpBenchConfig;
import flowcdk.bench.http.PageServer;
import flowcdk.bench.http.PageShape;
import flowcdk.connector.ValidationException;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bench connector over HTTP against an in-process page server of 3 bindings x 2 pages: per
 * binding, exactly the bench connector's documents, in order, each page committed by one checkpoint
 * whose cursor is the next page's number, and the backfill's completion.
 */
class HttpBenchCaptureTest {

  private static final int BINDINGS = 3;
  private static final int PAGES = 2;
  private static final int PAGE_SIZE = 5;
  private static final int PAD = 4;

  private Vertx vertx;
  private PageServer server;

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
    server =
        PageServer.start(vertx, new PageShape(BINDINGS, PAGES, PAGE_SIZE, PAD), "127.0.0.1", 0)
            .await();
  }

  @AfterEach
  void stop() {
    vertx.close().await();
  }

  @Test
  void capturesTheBenchDocumentsOneCheckpointPerPage() {
    String request = request(Map.of("base_url", server.baseUrl(), "bindings", BINDINGS));
    List<String> keys = Transcripts.stateKeys(request);
    Map<String, List<String>> http =
        Transcripts.perBinding(Transcripts.run(new HttpBenchCapture_Dispatch(), request), keys);

    String benchRequest =
        request(
            Map.of(
                "bindings", BINDINGS,
                "docs", PAGES * PAGE_SIZE,
                "page", PAGE_SIZE,
                "model", true,
                "pad", PAD));
    Map<String, List<String>> bench =
        Transcripts.perBinding(Transcripts.run(new BenchCapture_Dispatch(), benchRequest), keys);

    assertEquals(List.of("{\"opened\":{\"explicitAcknowledgements\":false}}"), http.get(""));
    for (int b = 0; b < BINDINGS; b++) {
      String key = "items" + b;
      List<String> lines = http.get(key);
      String backfill = "checkpoint true {\"backfill\":";
      String cutoff = "{\"cutoff\":\"2024-01-01T00:00:00Z\",\"next_page\":";
      List<String> checkpoints =
          List.of(
              backfill + cutoff + "null},\"last_initialized\":\"" + Transcripts.WALL_CLOCK + "\"}",
              backfill + cutoff + "1}}",
              backfill + "null}");
      assertEquals(checkpoints.get(0), lines.get(0), key + ": initialization");
      assertEquals(checkpoints.get(1), lines.get(1 + PAGE_SIZE), key + ": page 0's checkpoint");
      assertEquals(checkpoints.get(2), lines.get(lines.size() - 1), key + ": completion");
      assertEquals(3 + PAGES * PAGE_SIZE, lines.size(), key + ": lines");

      List<String> documents = documents(lines);
      assertEquals(documents(bench.get(key)), documents, key + ": the bench connector's documents");
      assertEquals(PAGES * PAGE_SIZE, documents.size());
      assertTrue(
          documents
              .get(PAGE_SIZE + 1)
              .startsWith(
                  "{\"captured\":{\"binding\":"
                      + b
                      + ",\"doc\":{\"id\":6,\"name\":\"item-"
                      + b
                      + "-6\","),
          documents.get(PAGE_SIZE + 1));
      // The bench connector's cursor is the next document id, this one's the next page number.
      assertEquals(
          bench.get(key).stream()
              .map(l -> l.replace("\"next_page\":5}", "\"next_page\":1}"))
              .toList(),
          lines,
          key);
    }
  }

  @Test
  void checkNamesEveryProblemOfTheConfig() {
    Throwable error =
        new HttpBenchCapture().check(new HttpBenchConfig("127.0.0.1:8080", -1, 0)).cause();
    assertTrue(error instanceof ValidationException, String.valueOf(error));
    assertEquals(
        "bindings must not be negative, but is -1\n"
            + "base_url must be an http:// or https:// URL such as http://127.0.0.1:8080, but is"
            + " '127.0.0.1:8080'",
        String.join("\n", ((ValidationException) error).messages()));
    assertEquals(
        null, new HttpBenchCapture().check(new HttpBenchConfig(server.baseUrl(), 3, 0)).cause());
  }

  private static List<String> documents(List<String> lines) {
    return lines.stream().filter(l -> l.startsWith("{\"captured\"")).toList();
  }

  /** An Open request of bindings items0..items2 with {@code config}, empty state. */
  private static String request(Map<String, Object> config) {
    List<Object> bindings = new ArrayList<>();
    for (int b = 0; b < BINDINGS; b++) {
      bindings.add(
          Transcripts.parse(
              "{\"resourceConfig\":{\"name\":\"items%d\"},\"resourcePath\":[\"items%d\"],\"stateKey\":\"items%d\",\"collection\":{\"name\":\"acmeCo/items%d\",\"key\":[\"/id\"],\"writeSchema\":{\"type\":\"object\"}}}"
                  .formatted(b, b, b, b)));
    }
    return "{\"open\":{\"capture\":{\"name\":\"acmeCo/bench-http\",\"connectorType\":\"LOCAL\","
        + "\"config\":"
        + Transcripts.write(config)
        + ",\"intervalSeconds\":0,\"bindings\":"
        + Transcripts.write(bindings)
        + "},\"version\":\"v1\",\"range\":{\"keyBegin\":0,\"keyEnd\":4294967295,\"rClockBegin\":0,"
        + "\"rClockEnd\":4294967295},\"state\":{}}}";
  }
}
