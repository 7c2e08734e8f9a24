package flowcdk.common.http;

import io.vertx.core.Future;

/**
 * Where the capture's HTTP client gets the credentials header of a request: a static token, a
 * basic-auth pair, or an access token a token exchange fetched and caches. Made from the
 * connector's {@code Auth} when the client starts; thread-safe.
 */
public interface TokenSource {

  /**
   * The header to attach to the next request (e.g. {@code Authorization: Bearer <token>}), fetching
   * or refreshing a token first if the cached one is missing or near its expiry. One exchange runs
   * at a time: callers arriving during an exchange wait for its result.
   */
  Future<AuthHeader> header();
}
