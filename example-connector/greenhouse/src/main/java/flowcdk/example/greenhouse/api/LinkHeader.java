package flowcdk.example.greenhouse.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The next page of a Harvest listing, announced in a {@code Link} header such as {@code
 * <https://harvest.greenhouse.io/v3/candidates?cursor=abc>; rel="next"}.
 */
public final class LinkHeader {

  private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

  private LinkHeader() {}

  /**
   * The {@code cursor} query parameter of the {@code rel="next"} link in {@code header}, decoded;
   * {@code null} when the header is absent or empty, has no next link, or the link has no non-empty
   * cursor: the listing has no more pages.
   */
  public static String nextCursor(String header) {
    if (header == null || header.isEmpty()) {
      return null;
    }
    Matcher next = NEXT.matcher(header);
    if (!next.find()) {
      return null;
    }
    String url = next.group(1);
    int start = url.indexOf('?');
    if (start < 0) {
      return null;
    }
    int fragment = url.indexOf('#', start);
    String query = fragment < 0 ? url.substring(start + 1) : url.substring(start + 1, fragment);
    for (String parameter : query.split("&")) {
      int equals = parameter.indexOf('=');
      String name = equals < 0 ? parameter : parameter.substring(0, equals);
      if (decode(name).equals("cursor") && equals >= 0) {
        String value = decode(parameter.substring(equals + 1));
        if (!value.isEmpty()) {
          return value;
        }
      }
    }
    return null;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
