package flowcdk.common.stream;

import io.vertx.core.buffer.Buffer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.function.Consumer;

/**
 * Decodes chunks of bytes into text with a charset, strictly: a character whose bytes are split
 * across chunks is decoded once they are all there, malformed or unmappable bytes fail with their
 * offset, and bytes left over at the end of the input (an incomplete character) fail too.
 *
 * <p>The text goes to a consumer in pieces, one {@link CharBuffer} at a time, which it must read
 * before returning (the buffer is reused). Before failing, the text decoded ahead of the bad bytes
 * is handed over, so whatever it completes is not lost.
 */
public final class TextDecoder {

  private static final int TEXT_PIECE = 8192;

  private final CharsetDecoder decoder;
  private final CharBuffer text = CharBuffer.allocate(TEXT_PIECE);
  // Bytes not decoded yet (at most an incomplete character between chunks), in read mode.
  private ByteBuffer bytes = ByteBuffer.allocate(0);
  // The offset in the input of the first byte not decoded yet (at bytes.position()).
  private long offset;

  /** A decoder for {@code charset}. */
  public TextDecoder(Charset charset) {
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The charset's name, as errors give it. */
  private String charsetName() {
    return decoder.charset().name();
  }

  /**
   * Decodes {@code chunk}, giving {@code out} its text.
   *
   * @throws MalformedTextException if some bytes are not valid in the charset
   */
  public void decode(Buffer chunk, Consumer<CharBuffer> out) throws MalformedTextException {
    int length = chunk.length();
    int held = bytes.remaining();
    if (bytes.capacity() < held + length) {
      ByteBuffer larger = ByteBuffer.allocate(held + length);
      larger.put(bytes);
      bytes = larger;
    } else {
      bytes.compact();
    }
    chunk.getBytes(0, length, bytes.array(), bytes.position());
    bytes.position(bytes.position() + length).flip();
    run(false, out);
  }

  /**
   * The input ended: gives {@code out} the last of its text.
   *
   * @throws MalformedTextException if the input ended inside a character
   */
  public void end(Consumer<CharBuffer> out) throws MalformedTextException {
    if (bytes.hasRemaining()) {
      hand(out);
      throw new MalformedTextException(
          offset,
          "the input ends inside a character: "
              + describe(bytes.position(), bytes.remaining())
              + " at byte offset "
              + offset
              + " begin a "
              + charsetName()
              + " sequence that never ends; the body may be truncated, or not "
              + charsetName());
    }
    run(true, out);
    while (decoder.flush(text).isOverflow()) {
      hand(out);
    }
    hand(out);
  }

  private void run(boolean endOfInput, Consumer<CharBuffer> out) throws MalformedTextException {
    while (true) {
      int start = bytes.position();
      CoderResult result = decoder.decode(bytes, text, endOfInput);
      offset += bytes.position() - start;
      if (result.isOverflow()) {
        hand(out);
      } else if (result.isUnderflow()) {
        hand(out);
        return;
      } else {
        hand(out);
        int count = result.length();
        throw new MalformedTextException(
            offset,
            describe(bytes.position(), count)
                + " at byte offset "
                + offset
                + (count == 1 ? " is" : " are")
                + (result.isMalformed() ? " not valid " : " not mapped to a character in ")
                + charsetName()
                + "; check the charset the body is read with");
      }
    }
  }

  /** Gives {@code out} the text decoded so far, if any. */
  private void hand(Consumer<CharBuffer> out) {
    text.flip();
    if (text.hasRemaining()) {
      out.accept(text);
    }
    text.clear();
  }

  private String describe(int from, int count) {
    StringBuilder hex = new StringBuilder();
    for (int i = from; i < from + count; i++) {
      hex.append(hex.length() == 0 ? "" : " ").append(String.format("0x%02x", bytes.get(i)));
    }
    return (count == 1 ? "the byte " : "the " + count + " bytes ") + hex;
  }
}
