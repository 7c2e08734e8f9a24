package flowcdk.common.http;

import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where one request goes: an absolute http(s) URL split into what the connection needs (scheme,
 * host, port) and what the request line needs (path and query).
 *
 * @param https whether the scheme is https
 * @param host the host, lower case, without brackets for IPv6 literals
 * @param port the port, the scheme's default when the URL has none
 * @param pathAndQuery the raw path (at least {@code /}) and query, as sent
 * @param url the URL, for messages
 */
record Target(boolean https, String host, int port, String pathAndQuery, String url) {

  /** The target of {@code uri}, an absolute http or https URI with a host, shown as {@code url}. */
  static Target of(URI uri, String url) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    boolean https = scheme.equals("https");
    if (!https && !scheme.equals("http")) {
      throw new IllegalArgumentException("not an http or https URL: " + uri);
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new IllegalArgumentException("the URL " + uri + " has no host");
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port = uri.getPort() >= 0 ? uri.getPort() : (https ? 443 : 80);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = uri.getRawQuery();
    return new Target(https, host, port, query == null ? path : path + "?" + query, url);
  }

  /**
   * The target a redirect's {@code Location} points to, resolved against this one.
   *
   * @throws IllegalArgumentException if it is not a valid http or https URL
   */
  Target resolve(String location) {
    try {
      URI resolved = new URI(url).resolve(new URI(location.trim()));
      return of(resolved, resolved.toString());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a valid URL: " + e.getMessage(), e);
    }
  }

  /** Whether {@code other} has the same scheme, host and port: the same origin. */
  boolean sameOrigin(Target other) {
    return https == other.https && port == other.port && host.equals(other.host);
  }

  /** Request options addressing this target (method, headers and timeouts still to set). */
  RequestOptions options() {
    return new RequestOptions()
        .setSsl(https)
        .setHost(host)
        .setPort(port)
        .setURI(pathAndQuery)
        .setFollowRedirects(false);
  }
}
