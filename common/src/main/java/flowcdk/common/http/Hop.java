package flowcdk.common.http;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import java.util.Set;

/**
 * One request on the wire: the first of an attempt, or one a redirect led to.
 *
 * @param method the method
 * @param target where it goes
 * @param headers the headers to send, credentials included (a copy owned by this hop)
 * @param body the body, or null
 * @param credentials the names of the headers that are credentials, dropped on a redirect to
 *     another origin
 */
record Hop(
    HttpMethod method, Target target, MultiMap headers, Buffer body, Set<String> credentials) {

  /** Redirect statuses this client follows. */
  static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  /** The most redirects followed in one attempt. */
  static final int MAX_REDIRECTS = 10;

  /** Headers that are always credentials, whoever set them. */
  static final Set<String> ALWAYS_CREDENTIALS =
      Set.of("authorization", "cookie", "proxy-authorization");

  /**
   * The hop a redirect with {@code status} to {@code location} leads to. As browsers (and aiohttp):
   * 303, and 301 or 302 after a POST, turn into a GET without body; 307 and 308 repeat the method
   * and body. Going to another origin (scheme, host or port) drops every credentials header, never
   * to be restored in this chain.
   *
   * @throws IllegalArgumentException if {@code location} is not a valid http(s) URL
   */
  Hop redirect(int status, String location) {
    Target next = target.resolve(location);
    boolean toGet =
        (status == 303 && !method.equals(HttpMethod.HEAD))
            || ((status == 301 || status == 302) && method.equals(HttpMethod.POST));
    MultiMap nextHeaders = MultiMap.caseInsensitiveMultiMap().addAll(headers);
    Buffer nextBody = body;
    if (toGet) {
      nextBody = null;
      nextHeaders.remove("Content-Type").remove("Content-Length");
    }
    if (!target.sameOrigin(next)) {
      for (String name : credentials) {
        nextHeaders.remove(name);
      }
    }
    return new Hop(toGet ? HttpMethod.GET : method, next, nextHeaders, nextBody, credentials);
  }

  /** {@code GET https://host/path}, for messages. */
  String describe() {
    return method + " " + target.url();
  }
}
