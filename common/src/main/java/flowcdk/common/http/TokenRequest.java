package flowcdk.common.http;

import flowcdk.connector.ActionableException;
import flowcdk.connector.http.TokenResponseReader;
import flowcdk.runtime.codec.DecodeException;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.log.Logging;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One token request: a form POST to a token endpoint, and the reading of its response. Every token
 * read is registered with the log redactor before anyone sees it. The form and headers hold
 * secrets: {@link #toString()} shows neither.
 *
 * @param url the token endpoint
 * @param form the form fields, in order
 * @param headers the extra headers (the client's basic credentials, if they go there)
 */
record TokenRequest(String url, Map<String, String> form, Map<String, String> headers) {

  /** Copies the maps, keeping the form's order. */
  TokenRequest {
    form = Collections.unmodifiableMap(new LinkedHashMap<>(form));
    headers = Map.copyOf(headers);
  }

  /**
   * Posts the request through {@code endpoint} and reads the response with {@code reader}; {@code
   * now} is when it is sent, from which the token's lifetime counts. Fails with the client's error
   * on an error status, and with an {@link ActionableException} naming the URL when the response
   * has no usable token.
   */
  Future<TokenResponseReader.Token> send(
      TokenEndpoint endpoint, TokenResponseReader reader, Instant now) {
    Future<RawJson> response;
    try {
      response = endpoint.postForm(url, form, headers);
    } catch (RuntimeException e) {
      response = Future.failedFuture(e);
    }
    return response.map(body -> read(reader, body, now));
  }

  private TokenResponseReader.Token read(TokenResponseReader reader, RawJson body, Instant now) {
    TokenResponseReader.Token token;
    try {
      token = reader.read(body, now);
    } catch (DecodeException | RuntimeException e) {
      // The cause is left out: a reader's exception may quote the response, which holds tokens.
      throw new ActionableException(
          "the token endpoint "
              + url
              + " answered without a usable access token: "
              + e.getMessage()
              + ". Check the token URL and that the provider accepts these credentials.");
    }
    if (token == null) {
      throw new IllegalStateException(
          "the token response reader for " + url + " returned null; it must return a Token");
    }
    Logging.redactor().registerValue(token.accessToken());
    Logging.redactor().registerValue(token.refreshToken());
    return token;
  }

  /** The URL, the grant type and the form's field names: never their values. */
  @Override
  public String toString() {
    return "TokenRequest["
        + url
        + ", grant_type="
        + form.get("grant_type")
        + ", fields="
        + form.keySet()
        + "]";
  }
}
