package flowcdk.connector.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.common.stream.HandFed;
import flowcdk.runtime.json.RawJson;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Items of a Vert.x body: back-pressure, the remainder after the end, failures after items. */
class JsonItemStreamTest {

  private static final JsonItems<Row> RECORDS = JsonItems.at("records.item", RowJson.INSTANCE);
  private static final String EXAMPLE =
      "{\"count\":2,\"records\":[{\"id\":1,\"name\":\"é😀\"},{\"id\":2}],\"next_page\":\"asdf\"}";

  private final HandFed body = new HandFed();
  private final List<Row> rows = new ArrayList<>();

  @Test
  void theAuthorsPatternGivesTheItemsThenTheDecodedRemainder() {
    JsonItemStream<Row> items = RECORDS.stream(body);
    Future<Page> page =
        Streams.forEach(items, rows::add).map(v -> items.remainder(PageJson.INSTANCE));
    byte[] bytes = EXAMPLE.getBytes(StandardCharsets.UTF_8);
    // Cut inside the first item, inside "é" (2 bytes) and inside "😀" (4 bytes).
    int e = EXAMPLE.indexOf('é');
    int[] cuts = {0, 24, e + 1, e + 3, e + 4, bytes.length};
    for (int i = 1; i < cuts.length; i++) {
      body.feed(Buffer.buffer(Arrays.copyOfRange(bytes, cuts[i - 1], cuts[i])));
    }
    assertTrue(!page.isComplete());
    body.end();
    assertEquals(List.of(new Row(1, "é😀"), new Row(2, null)), rows);
    assertEquals(new Page(2, "asdf", null), page.result());
    assertEquals(
        RawJson.parse("{\"count\":2,\"records\":[],\"next_page\":\"asdf\"}"), items.remainder());
  }

  @Test
  void aPausedConsumerHoldsTheBodyAndOneChunkIsAskedForAtATime() {
    JsonItemStream<Row> items = RECORDS.stream(body).pause();
    items.handler(rows::add);
    assertEquals(0, body.demand, "nothing is read while the consumer is paused");
    items.fetch(1);
    assertEquals(1, body.demand);
    body.feed("{\"records\":[{\"id\":1},{\"id\":2},{\"id\":3},{\"id\"");
    assertEquals(List.of(new Row(1, null)), rows);
    assertEquals(0, body.demand, "two items wait: the body is not asked for more");
    items.fetch(2);
    assertEquals(3, rows.size());
    assertEquals(0, body.demand, "the consumer wants no more");
    items.fetch(1);
    assertEquals(1, body.demand, "no item waits: the next chunk is asked for");
    body.feed(":4");
    assertEquals(1, body.demand, "a chunk that completes no item asks for the next one");
    body.feed("}]}");
    assertEquals(4, rows.size());
    assertEquals(0, body.demand);
  }

  @Test
  void theItemsBeforeAProblemInTheSameChunkAreDeliveredAndTheBodyIsPaused() {
    JsonItemStream<Row> items = RECORDS.stream(body);
    Future<Void> done = Streams.forEach(items, rows::add);
    body.feed("{\"records\":[{\"id\":1},{\"id\":2},{\"id\":\"three\"},{\"id\":4}]}");
    assertEquals(List.of(new Row(1, null), new Row(2, null)), rows);
    JsonStreamException failure = assertInstanceOf(JsonStreamException.class, done.cause());
    assertTrue(
        failure.getMessage().startsWith("item 2 at /records/2 (line 1, column 31) is not a valid"),
        failure.getMessage());
    assertEquals(0, body.demand);
    IllegalStateException noRemainder = assertThrows(IllegalStateException.class, items::remainder);
    assertSame(failure, noRemainder.getCause());
  }

  @Test
  void malformedJsonFailsTheStreamAfterTheItemsBefore() {
    Future<Void> done = Streams.forEach(JsonItems.rawAt("").stream(body), r -> rows.add(null));
    body.feed("{\"id\":1}\n{\"id\":2}\n{\"id\" 3}\n");
    assertEquals(2, rows.size());
    assertEquals(
        "the input is not valid JSON at line 3, column 7 (in /id, after 2 items): Unexpected"
            + " character ('3' (code 51)): was expecting a colon to separate field name and value",
        done.cause().getMessage());
  }

  @Test
  void aTruncatedBodyFailsAtItsEnd() {
    Future<Void> done = Streams.forEach(RECORDS.stream(body), rows::add);
    body.feed("{\"records\":[{\"id\":1},");
    body.end();
    assertEquals(List.of(new Row(1, null)), rows);
    assertTrue(
        done.cause().getMessage().startsWith("the input ended in the middle of a JSON value"),
        done.cause().getMessage());
  }

  @Test
  void theBodysOwnFailureFailsTheStreamAndThereIsNoRemainder() {
    JsonItemStream<Row> items = RECORDS.stream(body);
    Future<Void> done = Streams.forEach(items, rows::add);
    body.feed("{\"records\":[{\"id\":1}");
    IOException reset = new IOException("connection reset");
    body.fail(reset);
    assertEquals(List.of(new Row(1, null)), rows);
    assertSame(reset, done.cause());
    assertThrows(IllegalStateException.class, items::remainder);
  }

  @Test
  void theRemainderIsNotThereBeforeTheEnd() {
    JsonItemStream<Row> items = RECORDS.stream(body);
    Streams.forEach(items, rows::add);
    body.feed(EXAMPLE);
    assertEquals(2, rows.size());
    IllegalStateException early = assertThrows(IllegalStateException.class, items::remainder);
    assertTrue(early.getMessage().startsWith("the remainder was asked for before the whole input"));
    body.end();
    assertEquals(2, items.remainder(PageJson.INSTANCE).count());
  }

  @Test
  void theStreamGivesWhatTheIteratorGivesWhereverTheBodyIsCut() {
    byte[] bytes = EXAMPLE.getBytes(StandardCharsets.UTF_8);
    Outcome<Row> whole = Outcome.of(RECORDS, EXAMPLE);
    for (int cut = 0; cut <= bytes.length; cut++) {
      HandFed cutBody = new HandFed();
      JsonItemStream<Row> items = RECORDS.stream(cutBody);
      List<Row> seen = new ArrayList<>();
      Future<Void> done = Streams.forEach(items, seen::add);
      cutBody.feed(Buffer.buffer(Arrays.copyOfRange(bytes, 0, cut)));
      cutBody.feed(Buffer.buffer(Arrays.copyOfRange(bytes, cut, bytes.length)));
      cutBody.end();
      assertTrue(done.succeeded(), "cut at " + cut);
      assertEquals(whole, new Outcome<>(seen, items.remainder().toString(), null), "cut at " + cut);
    }
  }

  @Test
  void describesItself() {
    assertEquals(
        "JsonItemStream[JsonItems[raw JSON at \"\"]]", JsonItems.rawAt("").stream(body).toString());
  }
}
