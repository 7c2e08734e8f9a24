package flowcdk.connector.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.common.stream.HandFed;
import io.vertx.core.Future;
import io.vertx.core.streams.ReadStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CSV rows as a Vert.x stream: back-pressure to the body, ends and failures. */
class CsvStreamTest {

  private final HandFed body = new HandFed();
  private final List<Object> rows = new ArrayList<>();
  private final List<Throwable> failures = new ArrayList<>();
  private boolean ended;

  @Test
  void theBodyIsReadOnlyAsFastAsRowsAreTaken() {
    ReadStream<List<String>> stream = CsvRows.positional(CsvFormat.DEFAULT).stream(body);
    stream.pause();
    stream.handler(rows::add);
    stream.endHandler(v -> ended = true);
    assertEquals(0, body.demand, "nothing is read before a row is asked for");

    stream.fetch(1);
    assertEquals(1, body.demand, "one chunk asked for");
    body.feed("a,1\nb,2\nc,");
    assertEquals(List.of(List.of("a", "1")), rows);
    assertEquals(0, body.demand, "a row waits: no chunk is asked for");

    stream.fetch(5);
    assertEquals(List.of(List.of("a", "1"), List.of("b", "2")), rows);
    assertEquals(1, body.demand, "the next chunk is asked for once no row waits");
    body.feed("3\r");
    assertEquals(3, rows.size(), "a row ending in \\r is given at once");
    assertEquals(List.of("c", "3"), rows.get(2));
    body.feed("\nd");
    body.end();
    assertEquals(List.of("d"), rows.get(3));
    assertTrue(ended);
  }

  @Test
  void aFailureReachesTheExceptionHandlerAfterTheRowsBeforeIt() {
    ReadStream<Map<String, String>> stream = CsvRows.named(CsvFormat.DEFAULT).stream(body);
    stream.exceptionHandler(failures::add);
    stream.endHandler(v -> ended = true);
    stream.handler(rows::add);
    body.feed("h\nx\n\"y\"z\nw\n");
    assertEquals(List.of(Map.of("h", "x")), rows);
    assertEquals(1, failures.size());
    assertInstanceOf(CsvException.class, failures.get(0));
    assertEquals(0, body.demand, "the body is paused");
    assertTrue(!ended);
  }

  @Test
  void modelsFlowThroughStreamsForEach() {
    List<Sale> sales = new ArrayList<>();
    Future<Void> done =
        Streams.forEach(
            CsvRows.named(CsvFormat.DEFAULT).as(SaleJson.INSTANCE).stream(body), sales::add);
    body.feed("id,name\n1,a\n2,");
    body.feed("b\n");
    body.end();
    assertTrue(done.succeeded());
    assertEquals(
        List.of(
            new Sale(1, "a", null, null, null, null, null),
            new Sale(2, "b", null, null, null, null, null)),
        sales);
  }
}
