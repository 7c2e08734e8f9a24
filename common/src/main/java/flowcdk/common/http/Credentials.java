package flowcdk.common.http;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Puts the capture's credentials on the first hop of an attempt. */
final class Credentials {

  private Credentials() {}

  /**
   * {@code hop} with the header of {@code source} set (fetched now: a token source refreshes its
   * token when needed), and its name added to the credentials a cross-origin redirect drops; {@code
   * hop} itself when there is no source. A failure of the source (e.g. a failed token exchange)
   * fails the attempt as it is.
   */
  static Future<Hop> attach(Hop hop, TokenSource source) {
    if (source == null) {
      return Future.succeededFuture(hop);
    }
    return source
        .header()
        .map(
            auth -> {
              MultiMap headers = MultiMap.caseInsensitiveMultiMap().addAll(hop.headers());
              headers.set(auth.name(), auth.value());
              Set<String> credentials = new HashSet<>(hop.credentials());
              credentials.add(auth.name().toLowerCase(Locale.ROOT));
              return new Hop(
                  hop.method(), hop.target(), headers, hop.body(), Set.copyOf(credentials));
            });
  }
}
