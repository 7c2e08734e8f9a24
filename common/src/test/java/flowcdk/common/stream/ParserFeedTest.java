package flowcdk.common.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import flowcdk.connector.stream.JsonStreamException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pieces the parser is fed: the input's bytes, re-cut. */
class ParserFeedTest {

  private final ParserFeed feed = new ParserFeed(new JsonStreamErrors(JsonStreamException::new));
  private final List<String> pieces = new ArrayList<>();

  private void chunk(String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    feed.chunk(
        bytes,
        0,
        bytes.length,
        (b, o, l) -> pieces.add(new String(b, o, l, StandardCharsets.UTF_8)));
  }

  private void end() throws IOException {
    feed.end((b, o, l) -> pieces.add(new String(b, o, l, StandardCharsets.UTF_8)));
  }

  @Test
  void aSeparatorAndTheWhitespaceAfterItWaitForTheNextByte() throws IOException {
    chunk("{\"a\":1, ");
    chunk(" \n");
    chunk("\t}");
    chunk("[1,2]");
    chunk("{\"b\":");
    chunk("2}");
    assertEquals(List.of("{\"a\":1", ",  \n\t}", "[1,2]", "{\"b\"", ":2", "}"), pieces);
  }

  @Test
  void whatIsHeldAtTheEndIsFedThen() throws IOException {
    chunk("[1, ");
    end();
    assertEquals(List.of("[1", ", "), pieces);
  }

  @Test
  void aByteOrderMarkIsDroppedEvenWhenCut() throws IOException {
    byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '1'};
    for (int i = 0; i < mark.length; i++) {
      feed.chunk(mark, i, 1, (b, o, l) -> pieces.add(new String(b, o, l, StandardCharsets.UTF_8)));
    }
    assertEquals(List.of("1"), pieces);
    chunk("\uFEFF2");
    assertEquals(List.of("1", "\uFEFF2"), pieces, "only at the start of the input");
  }

  @Test
  void partOfAByteOrderMarkIsNotJson() throws IOException {
    byte[] broken = {(byte) 0xEF, '1'};
    assertThrows(
        JsonStreamException.class, () -> feed.chunk(broken, 0, 2, (b, o, l) -> pieces.add("")));
    ParserFeed cutShort = new ParserFeed(new JsonStreamErrors(JsonStreamException::new));
    cutShort.chunk(broken, 0, 1, (b, o, l) -> pieces.add(""));
    assertThrows(JsonStreamException.class, () -> cutShort.end((b, o, l) -> pieces.add("")));
    assertEquals(List.of(), pieces);
  }
}
