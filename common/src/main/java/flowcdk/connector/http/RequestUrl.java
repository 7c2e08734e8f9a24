package flowcdk.connector.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The URL of a request: checking it, and adding query parameters to it. */
final class RequestUrl {

  private RequestUrl() {}

  /**
   * {@code url} parsed: an absolute http or https URL with a host.
   *
   * @throws IllegalArgumentException naming the URL and the problem otherwise
   */
  static URI parse(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "not a valid URL: "
              + url
              + " ("
              + e.getReason()
              + " at index "
              + e.getIndex()
              + "); percent-encode the path, and add query parameters with query(name, value)",
          e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException(
          "not an http or https URL: " + url + "; give an absolute URL such as https://host/path");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new IllegalArgumentException(
          "the URL " + url + " has no host; give an absolute URL such as https://host/path");
    }
    return uri;
  }

  /** Appends {@code name=value}, both percent-encoded, to {@code out} (after a {@code &}). */
  static void appendParam(StringBuilder out, String name, Object value) {
    if (out.length() > 0) {
      out.append('&');
    }
    out.append(UrlEncoding.query(name)).append('=').append(UrlEncoding.query(value.toString()));
  }

  /** {@code url} with {@code params} (already encoded) after its query, before any fragment. */
  static String appendQuery(String url, String params) {
    int hash = url.indexOf('#');
    String base = hash < 0 ? url : url.substring(0, hash);
    String fragment = hash < 0 ? "" : url.substring(hash);
    String separator;
    if (base.indexOf('?') < 0) {
      separator = "?";
    } else if (base.endsWith("?") || base.endsWith("&")) {
      separator = "";
    } else {
      separator = "&";
    }
    return base + separator + params + fragment;
  }
}
