package flowcdk.example.greenhouse.api;

import flowcdk.connector.http.Auth;
import flowcdk.connector.http.TokenResponseReader;
import flowcdk.example.greenhouse.models.AccessToken;
import flowcdk.example.greenhouse.models.AccessTokenJson;
import flowcdk.example.greenhouse.models.GreenhouseClientCredentials;
import flowcdk.runtime.codec.Codecs;

/**
 * How the capture gets its bearer tokens: the client-credentials grant at Greenhouse's token
 * endpoint, with the client's id and secret in a basic {@code Authorization} header, and the
 * token's expiry read from {@code expires_at}.
 */
public final class Tokens {

  private Tokens() {}

  /** The capture's credentials, at the token endpoint of {@code endpoints}. */
  public static Auth auth(GreenhouseClientCredentials credentials, Endpoints endpoints) {
    return Auth.of(credentials)
        .tokenUrl(endpoints.tokenUrl())
        .clientCredentialsInHeader()
        .tokenResponse(READER);
  }

  /** Greenhouse's token response, which says when the token expires rather than for how long. */
  static final TokenResponseReader READER =
      (response, now) -> {
        AccessToken token = Codecs.decode(response, AccessTokenJson.INSTANCE, "token response");
        return new TokenResponseReader.Token(token.accessToken(), token.expiresAt(), null);
      };
}
