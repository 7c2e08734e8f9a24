package flowcdk.common.stream;

import java.io.IOException;
import java.util.Arrays;

/**
 * Turns the input's chunks into the pieces the non-blocking parser is fed, the same bytes in the
 * same order, cut so that the parser behaves as it would on the whole input:
 *
 * <ul>
 *   <li>A leading UTF-8 byte order mark is dropped: the parser would skip it but not count it in
 *       its byte offsets, which locate items in the input.
 *   <li>No piece ends with a separator ({@code ,} or {@code :}) followed only by whitespace: those
 *       bytes are held back and fed with the next non-whitespace byte. jackson-core's non-blocking
 *       parser (2.21) reads the token after a separator differently when its input ran out right
 *       after the separator: it then accepts a trailing comma in an object ({@code {"a":1,}},
 *       refused otherwise), and reports <code>&#123;"a":]</code> with another message. Holding the
 *       separator back keeps every input's items and errors the same wherever the network cut it.
 * </ul>
 */
final class ParserFeed {

  /** Where the pieces go. */
  interface Parser {
    /** Parses the {@code length} bytes of {@code bytes} at {@code offset}. */
    void feed(byte[] bytes, int offset, int length) throws IOException;
  }

  private final JsonStreamErrors errors;
  // How much of a byte order mark the input started with so far, or -1 once past the start.
  private int byteOrderMark;
  // A separator and the whitespace after it, from the end of the chunks so far.
  private byte[] held = new byte[16];
  private int heldLength;

  ParserFeed(JsonStreamErrors errors) {
    this.errors = errors;
  }

  /**
   * Feeds the next chunk's bytes, less any separator and whitespace at its end.
   *
   * @throws RuntimeException (a {@code JsonStreamException}) if the input starts with part of a
   *     byte order mark only
   */
  void chunk(byte[] bytes, int offset, int length, Parser parser) throws IOException {
    int from = offset;
    int end = offset + length;
    if (byteOrderMark >= 0) {
      while (from < end
          && byteOrderMark < 3
          && (bytes[from] & 0xFF) == byteOrderMarkByte(byteOrderMark)) {
        byteOrderMark++;
        from++;
      }
      if (byteOrderMark == 3 || (from < end && byteOrderMark == 0)) {
        byteOrderMark = -1;
      } else if (from < end) {
        throw errors.brokenByteOrderMark();
      }
    }
    if (heldLength > 0) {
      int next = from;
      while (next < end && whitespace(bytes[next])) {
        next++;
      }
      if (next == end) {
        hold(bytes, from, end - from);
        return;
      }
      hold(bytes, from, next + 1 - from);
      byte[] joined = Arrays.copyOf(held, heldLength);
      heldLength = 0;
      parser.feed(joined, 0, joined.length);
      from = next + 1;
    }
    int last = end - 1;
    while (last >= from && whitespace(bytes[last])) {
      last--;
    }
    int feedEnd = last >= from && (bytes[last] == ',' || bytes[last] == ':') ? last : end;
    if (feedEnd > from) {
      parser.feed(bytes, from, feedEnd - from);
    }
    if (feedEnd < end) {
      hold(bytes, feedEnd, end - feedEnd);
    }
  }

  /**
   * The input ended: feeds what was held back.
   *
   * @throws RuntimeException (a {@code JsonStreamException}) if the input was only part of a byte
   *     order mark
   */
  void end(Parser parser) throws IOException {
    if (byteOrderMark > 0) {
      throw errors.brokenByteOrderMark();
    }
    if (heldLength > 0) {
      byte[] rest = Arrays.copyOf(held, heldLength);
      heldLength = 0;
      parser.feed(rest, 0, rest.length);
    }
  }

  private void hold(byte[] bytes, int offset, int length) {
    if (heldLength + length > held.length) {
      held = Arrays.copyOf(held, Math.max(2 * held.length, heldLength + length));
    }
    System.arraycopy(bytes, offset, held, heldLength, length);
    heldLength += length;
  }

  /** The bytes of the UTF-8 byte order mark: EF BB BF. */
  private static int byteOrderMarkByte(int index) {
    return switch (index) {
      case 0 -> 0xEF;
      case 1 -> 0xBB;
      default -> 0xBF;
    };
  }

  private static boolean whitespace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }
}
