package flowcdk.common.http;

import flowcdk.connector.http.Auth;
import flowcdk.connector.http.Credentials;
import flowcdk.connector.http.RotatingOAuth2Credentials;
import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.log.Log;
import flowcdk.runtime.task.CaptureClock;
import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The rotation of {@link Credentials.Rotating} credentials when a capture opens, as the Python CDK
 * does it. If the config's access token expires within {@link #MARGIN}:
 *
 * <ol>
 *   <li>logs {@code Attempting to rotate OAuth2 tokens.};
 *   <li>exchanges the refresh token at the token URL, as a refresh-token source does;
 *   <li>writes the new access token, refresh token and expiry ({@code now + expires_in}, RFC 3339
 *       UTC) into the object of the endpoint config that holds the old refresh token (exactly one
 *       must), with every object's keys sorted;
 *   <li>posts {@code {"config": <that config>, "schema": <the config schema>}} to Estuary's config
 *       encryption service, without credentials;
 *   <li>logs the encrypted config as a {@code configUpdate} event, {@code Rotating OAuth2 tokens in
 *       endpoint config.}: Estuary publishes it and restarts the capture with it.
 * </ol>
 *
 * A failure of any step fails the capture's Open. Deviation from the Python CDK: a response without
 * {@code refresh_token} keeps the old refresh token (the Python CDK writes an empty one, which
 * breaks the next rotation).
 */
public final class TokenRotation {

  /** Rotation happens when the access token expires sooner than this after the capture opens. */
  public static final Duration MARGIN = Duration.ofMinutes(5);

  /** Estuary's config encryption service, unless {@code ENCRYPTION_URL} names another. */
  public static final String DEFAULT_ENCRYPTION_URL =
      "https://config-encryption.estuary.dev/v1/encrypt-config";

  private final Auth auth;
  private final TokenEndpoint endpoint;
  private final CaptureClock clock;
  private final Log log;
  private final Function<RawJson, Future<RawJson>> encrypt;

  /**
   * A rotation for {@code auth}'s settings (token URL, client credentials placement, additional
   * fields, response reader).
   *
   * @param endpoint posts the refresh-token exchange
   * @param clock says when the capture opens
   * @param log gets the rotation's lines and the {@code configUpdate} event
   * @param encrypt posts a JSON body to the config encryption service ({@link #encryptionUrl(Map)})
   *     without credentials and completes with the response body, the encrypted config
   */
  public TokenRotation(
      Auth auth,
      TokenEndpoint endpoint,
      CaptureClock clock,
      Log log,
      Function<RawJson, Future<RawJson>> encrypt) {
    this.auth = auth;
    this.endpoint = endpoint;
    this.clock = clock;
    this.log = log;
    this.encrypt = encrypt;
  }

  /**
   * The encryption service's URL: {@code ENCRYPTION_URL} of {@code environment}, or the default.
   */
  public static String encryptionUrl(Map<String, String> environment) {
    String url = environment.get("ENCRYPTION_URL");
    return url == null || url.isBlank() ? DEFAULT_ENCRYPTION_URL : url.strip();
  }

  /** Whether {@code credentials}' access token expires within {@link #MARGIN} from now. */
  public boolean isDue(Credentials.Rotating credentials) {
    Instant expiresAt = credentials.accessTokenExpiresAt();
    return expiresAt == null || expiresAt.isBefore(clock.now().plus(MARGIN));
  }

  /**
   * Rotates {@code credentials} if {@linkplain #isDue due}, and completes with the credentials to
   * authenticate with from now on: the rotated ones, or {@code credentials} themselves when no
   * rotation was due.
   *
   * @param rawConfig the endpoint config as the capture received it (decrypted)
   * @param configSchema the endpoint config's JSON Schema, which tells the encryption service what
   *     to encrypt
   */
  public Future<Credentials.Rotating> rotateIfDue(
      Credentials.Rotating credentials, RawJson rawConfig, RawJson configSchema) {
    if (!isDue(credentials)) {
      return Future.succeededFuture(credentials);
    }
    log.info("Attempting to rotate OAuth2 tokens.");
    Instant now = clock.now().truncatedTo(ChronoUnit.SECONDS);
    TokenRequest request;
    try {
      request = OAuth2Requests.refresh(auth, credentials);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return request
        .send(endpoint, auth.tokenResponse(), now)
        .compose(
            token -> {
              String refreshToken =
                  token.refreshToken() == null || token.refreshToken().isEmpty()
                      ? credentials.refreshToken()
                      : token.refreshToken();
              RotatingOAuth2Credentials fresh =
                  new RotatingOAuth2Credentials(
                      credentials.clientId(),
                      credentials.clientSecret(),
                      refreshToken,
                      token.accessToken(),
                      token.expiresAt());
              Map<String, Object> body = new LinkedHashMap<>();
              body.put(
                  "config", ConfigRewrite.rotate(rawConfig, credentials.refreshToken(), fresh));
              body.put("schema", configSchema);
              return encrypt
                  .apply(JsonValues.toRawJson(body))
                  .map(
                      encrypted -> {
                        log.configUpdate("Rotating OAuth2 tokens in endpoint config.", encrypted);
                        return fresh;
                      });
            });
  }

  @Override
  public String toString() {
    return "TokenRotation[tokenUrl=" + auth.tokenUrl().orElse(null) + "]";
  }
}
