package flowcdk.connector.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.common.stream.DecodingStream;
import flowcdk.common.stream.HandFed;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting a body into lines, chunk by chunk, with back-pressure. */
class LineSplitterTest {

  private final HandFed body = new HandFed();
  private final List<String> lines = new ArrayList<>();
  private boolean ended;

  private ReadStream<Buffer> split(String delimiter) {
    ReadStream<Buffer> splitter =
        new DecodingStream<>(body, new LineSplitter(LineSplitter.delimiterBytes(delimiter)));
    splitter.endHandler(v -> ended = true);
    splitter.handler(line -> lines.add(line.toString()));
    return splitter;
  }

  @Test
  void emptyLinesBetweenDelimitersAreKept() {
    split("\n");
    body.feed("a\n\nb\n");
    body.feed("\n");
    body.end();
    assertEquals(List.of("a", "", "b", ""), lines);
    assertTrue(ended);
  }

  @Test
  void anUnterminatedLastFragmentIsDelivered() {
    split("\n");
    body.feed("a\nlast");
    assertEquals(List.of("a"), lines);
    body.end();
    assertEquals(List.of("a", "last"), lines);
  }

  @Test
  void aTrailingDelimiterGivesNoEmptyLastLine() {
    split("\n");
    body.feed("a\nb\n");
    body.end();
    assertEquals(List.of("a", "b"), lines);
  }

  @Test
  void anEmptyBodyHasNoLines() {
    split("\n");
    body.end();
    assertEquals(List.of(), lines);
    assertTrue(ended);
  }

  @Test
  void aMultiByteDelimiterSplitAcrossChunks() {
    split("\r\n");
    body.feed("one\r");
    body.feed("\ntwo\r\n\r");
    body.feed("\nthree\rstill three\n\r");
    body.feed("\n");
    body.end();
    assertEquals(List.of("one", "two", "", "three\rstill three\n"), lines);
  }

  @Test
  void aLineSpanningManyChunks() {
    split("||");
    body.feed("ab");
    body.feed("c|");
    body.feed("d|");
    body.feed("|e");
    body.end();
    assertEquals(List.of("abc|d", "e"), lines);
  }

  @Test
  void multiByteCharactersAreNotCut() {
    split("\n");
    byte[] euro = "€\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    body.handler.handle(Buffer.buffer(new byte[] {euro[0]}));
    body.handler.handle(Buffer.buffer(new byte[] {euro[1], euro[2], euro[3]}));
    body.end();
    assertEquals(List.of("€"), lines);
  }

  @Test
  void linesFlowOnlyAsFastAsTheyAreConsumed() {
    ReadStream<Buffer> splitter =
        new DecodingStream<>(body, new LineSplitter(LineSplitter.delimiterBytes("\n")));
    splitter.endHandler(v -> ended = true);
    splitter.pause();
    splitter.handler(line -> lines.add(line.toString()));
    // Paused with nothing asked for: the splitter asks the body for nothing.
    assertEquals(0, body.demand);

    splitter.fetch(1);
    assertEquals(1, body.demand);
    body.feed("a\nb\nc\n");
    assertEquals(List.of("a"), lines);
    // Two lines wait in the splitter: it asks for no more chunks.
    assertEquals(0, body.demand);

    splitter.fetch(2);
    assertEquals(List.of("a", "b", "c"), lines);
    assertEquals(0, body.demand);

    splitter.fetch(1);
    assertEquals(1, body.demand);
    body.feed("d");
    // A fragment, no line yet: it asks for the next chunk.
    assertEquals(1, body.demand);
    body.feed("\ne\n");
    assertEquals(List.of("a", "b", "c", "d"), lines);
    body.end();
    assertFalse(ended, "the end came before the last line was consumed");
    splitter.resume();
    assertEquals(List.of("a", "b", "c", "d", "e"), lines);
    assertTrue(ended);
  }

  @Test
  void aHandlerPausingTheStreamStopsTheLines() {
    ReadStream<Buffer> splitter =
        new DecodingStream<>(body, new LineSplitter(LineSplitter.delimiterBytes("\n")));
    splitter.handler(
        line -> {
          lines.add(line.toString());
          splitter.pause();
        });
    body.feed("a\nb\n");
    assertEquals(List.of("a"), lines);
    splitter.resume();
    assertEquals(List.of("a", "b"), lines);
  }

  @Test
  void failuresReachTheExceptionHandler() {
    ReadStream<Buffer> splitter = split("\n");
    List<Throwable> failures = new ArrayList<>();
    splitter.exceptionHandler(failures::add);
    IllegalStateException reset = new IllegalStateException("reset");
    body.exceptionHandler.handle(reset);
    assertEquals(List.of(reset), failures);
  }

  @Test
  void anEmptyDelimiterIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> LineSplitter.delimiterBytes(""));
  }
}
