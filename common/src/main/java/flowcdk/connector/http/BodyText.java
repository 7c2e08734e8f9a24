package flowcdk.connector.http;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A response body as messages show it: UTF-8, each byte that is not part of valid UTF-8 written as
 * {@code \xNN} (as Python's {@code backslashreplace} does), cut after about {@value #MAX_CHARS}
 * characters with a note of how many bytes were left out.
 */
final class BodyText {

  /** How many characters of a body messages show. */
  static final int MAX_CHARS = 4096;

  private BodyText() {}

  /** The whole of {@code bytes} as text, invalid bytes escaped. */
  static String decode(byte[] bytes) {
    return decode(bytes, Integer.MAX_VALUE);
  }

  /** {@code bytes} as text, invalid bytes escaped, cut after about {@code maxChars} characters. */
  static String decode(byte[] bytes, int maxChars) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    StringBuilder out = new StringBuilder(Math.min(bytes.length, 1024));
    // Small chunks, so the text stops close to maxChars; 2 leaves room for a surrogate pair.
    CharBuffer chunk = CharBuffer.allocate(256);
    while (in.hasRemaining() && out.length() < maxChars) {
      chunk.clear();
      chunk.limit(Math.max(2, Math.min(chunk.capacity(), maxChars - out.length())));
      CoderResult result = decoder.decode(in, chunk, true);
      chunk.flip();
      out.append(chunk);
      if (result.isError()) {
        for (int i = 0; i < result.length(); i++) {
          int b = in.get() & 0xff;
          out.append("\\x")
              .append(Character.forDigit(b >> 4, 16))
              .append(Character.forDigit(b & 0xf, 16));
        }
      } else if (result.isUnderflow()) {
        break;
      }
    }
    if (in.hasRemaining()) {
      out.append("… (").append(in.remaining()).append(" more bytes)");
    }
    return out.toString();
  }
}
