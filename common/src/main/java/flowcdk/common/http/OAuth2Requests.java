package flowcdk.common.http;

import flowcdk.connector.http.Auth;
import flowcdk.connector.http.Credentials;
import flowcdk.connector.http.GrantType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OAuth2 token requests of refresh tokens and client credentials: {@code grant_type}, the
 * client's id and secret (in the form, or as a basic {@code Authorization} header), the connector's
 * additional fields, and the refresh token.
 */
final class OAuth2Requests {

  private OAuth2Requests() {}

  /** The exchange of {@code credentials}' refresh token ({@code grant_type=refresh_token}). */
  static TokenRequest refresh(Auth auth, Credentials.RefreshToken credentials) {
    return request(
        auth,
        credentials,
        "refresh_token",
        credentials.clientId(),
        credentials.clientSecret(),
        credentials.refreshToken());
  }

  /** The token request of {@code credentials}, with the grant {@code auth} names. */
  static TokenRequest client(Auth auth, Credentials.Client credentials) {
    return request(
        auth,
        credentials,
        auth.grantType().orElse(GrantType.CLIENT_CREDENTIALS).formValue(),
        credentials.clientId(),
        credentials.clientSecret(),
        null);
  }

  private static TokenRequest request(
      Auth auth,
      Credentials credentials,
      String grantType,
      String clientId,
      String clientSecret,
      String refreshToken) {
    String url =
        auth.tokenUrl()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the Auth of "
                            + credentials.getClass().getSimpleName()
                            + " credentials has no token URL: set it with Auth.tokenUrl(...), or"
                            + " declare @OAuth2Provider on the capture with its"
                            + " accessTokenUrlTemplate"));
    Map<String, String> form = new LinkedHashMap<>();
    Map<String, String> headers = Map.of();
    form.put("grant_type", grantType);
    if (auth.isClientCredentialsInHeader()) {
      byte[] pair = (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8);
      headers = Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair));
    } else {
      form.put("client_id", clientId);
      form.put("client_secret", clientSecret);
    }
    form.putAll(auth.additionalTokenBody());
    if (refreshToken != null) {
      form.put("refresh_token", refreshToken);
    }
    return new TokenRequest(url, form, headers);
  }
}
