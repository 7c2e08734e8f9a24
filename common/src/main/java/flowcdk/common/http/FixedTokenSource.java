package flowcdk.common.http;

import io.vertx.core.Future;

/** The same header on every request: an access token, a long-lived token, basic credentials. */
final class FixedTokenSource implements TokenSource {

  private final Future<AuthHeader> header;

  FixedTokenSource(AuthHeader header) {
    this.header = Future.succeededFuture(header);
  }

  @Override
  public Future<AuthHeader> header() {
    return header;
  }

  @Override
  public String toString() {
    return "FixedTokenSource[" + header.result() + "]";
  }
}
