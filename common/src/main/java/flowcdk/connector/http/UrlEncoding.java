package flowcdk.connector.http;

import java.nio.charset.StandardCharsets;

/** Percent-encoding of query parameters and form fields (UTF-8). */
final class UrlEncoding {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UrlEncoding() {}

  /**
   * {@code text} as a query component: RFC 3986's unreserved characters ({@code A-Z a-z 0-9 - . _
   * ~}) as they are, every other UTF-8 byte as {@code %XX}, so a space is {@code %20} and {@code &
   * = + / ? #} can never change the query's structure.
   */
  static String query(String text) {
    return encode(text, false);
  }

  /**
   * {@code text} as an {@code application/x-www-form-urlencoded} field: as {@link #query(String)},
   * but a space is {@code +} (the form encoding's own spelling of it).
   */
  static String form(String text) {
    return encode(text, true);
  }

  private static String encode(String text, boolean spaceAsPlus) {
    StringBuilder out = null;
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if (isUnreserved(b)) {
        if (out != null) {
          out.append((char) b);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(bytes.length + 16);
        out.append(text, 0, i); // all ASCII so far: one char per byte
      }
      if (b == ' ' && spaceAsPlus) {
        out.append('+');
      } else {
        out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isUnreserved(int b) {
    return (b >= 'a' && b <= 'z')
        || (b >= 'A' && b <= 'Z')
        || (b >= '0' && b <= '9')
        || b == '-'
        || b == '.'
        || b == '_'
        || b == '~';
  }
}
