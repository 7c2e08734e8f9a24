package flowcdk.common.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Bytes to text, strictly, whatever the chunk boundaries. */
class TextDecoderTest {

  private static final String MIXED = "aé€😀z";

  private final StringBuilder text = new StringBuilder();

  private void decode(TextDecoder decoder, byte[] bytes, int from, int to)
      throws MalformedTextException {
    decoder.decode(Buffer.buffer(Arrays.copyOfRange(bytes, from, to)), text::append);
  }

  @Test
  void aCharacterSplitAtAnyByteIsDecodedOnceWhole() throws MalformedTextException {
    byte[] bytes = MIXED.getBytes(StandardCharsets.UTF_8);
    for (int split = 0; split <= bytes.length; split++) {
      text.setLength(0);
      TextDecoder decoder = new TextDecoder(StandardCharsets.UTF_8);
      decode(decoder, bytes, 0, split);
      decode(decoder, bytes, split, bytes.length);
      decoder.end(text::append);
      assertEquals(MIXED, text.toString(), "split at byte " + split);
    }
    text.setLength(0);
    TextDecoder oneByOne = new TextDecoder(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      decode(oneByOne, bytes, i, i + 1);
    }
    oneByOne.end(text::append);
    assertEquals(MIXED, text.toString());
  }

  @Test
  void otherCharsetsDecodeTheSameWay() throws MalformedTextException {
    for (Charset charset :
        new Charset[] {
          StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16, StandardCharsets.UTF_16LE
        }) {
      String sample = charset.equals(StandardCharsets.ISO_8859_1) ? "São,Zürich" : MIXED;
      byte[] bytes = sample.getBytes(charset);
      text.setLength(0);
      TextDecoder decoder = new TextDecoder(charset);
      for (int i = 0; i < bytes.length; i++) {
        decode(decoder, bytes, i, i + 1);
      }
      decoder.end(text::append);
      assertEquals(sample, text.toString(), charset.name());
    }
  }

  @Test
  void anInvalidByteFailsWithItsOffsetAfterTheTextBeforeIt() {
    byte[] bytes = {'a', 'b', (byte) 0xc3, (byte) 0xa9, 'c', (byte) 0xff, 'd'};
    TextDecoder decoder = new TextDecoder(StandardCharsets.UTF_8);
    MalformedTextException e =
        assertThrows(MalformedTextException.class, () -> decode(decoder, bytes, 0, bytes.length));
    assertEquals(
        "the byte 0xff at byte offset 5 is not valid UTF-8; check the charset the body is read"
            + " with",
        e.getMessage());
    assertEquals(5, e.offset());
    assertEquals("abéc", text.toString());
  }

  @Test
  void anInvalidSequenceAcrossChunksIsFoundAtItsOffset() throws MalformedTextException {
    byte[] bytes = {'a', (byte) 0xe2, (byte) 0x28, 'b'};
    TextDecoder decoder = new TextDecoder(StandardCharsets.UTF_8);
    decode(decoder, bytes, 0, 2);
    MalformedTextException e =
        assertThrows(MalformedTextException.class, () -> decode(decoder, bytes, 2, 4));
    assertEquals(1, e.offset());
    assertEquals(
        "the byte 0xe2 at byte offset 1 is not valid UTF-8; check the charset the body is read"
            + " with",
        e.getMessage());
  }

  @Test
  void anIncompleteCharacterAtTheEndFails() throws MalformedTextException {
    byte[] bytes = "ok€".getBytes(StandardCharsets.UTF_8);
    TextDecoder decoder = new TextDecoder(StandardCharsets.UTF_8);
    decode(decoder, bytes, 0, bytes.length - 1);
    MalformedTextException e =
        assertThrows(MalformedTextException.class, () -> decoder.end(text::append));
    assertEquals(
        "the input ends inside a character: the 2 bytes 0xe2 0x82 at byte offset 2 begin a UTF-8"
            + " sequence that never ends; the body may be truncated, or not UTF-8",
        e.getMessage());
    assertEquals(2, e.offset());
    assertEquals("ok", text.toString());
  }
}
