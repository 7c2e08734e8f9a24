package flowcdk.common.http;

import flowcdk.connector.http.Auth;
import flowcdk.connector.http.Credentials;
import flowcdk.connector.http.TokenResponseReader;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.log.Fields;
import flowcdk.runtime.log.Log;
import flowcdk.runtime.log.Logging;
import flowcdk.runtime.task.CaptureClock;
import io.vertx.core.Future;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Makes the running {@link TokenSource} of a connector's {@link Auth}: what the capture's HTTP
 * client asks for a credentials header before each request. See {@link Auth} for what each kind of
 * credentials sends.
 */
public final class TokenSources {

  /** A Google token is fetched again this long before it expires (google-auth's margin). */
  static final Duration GOOGLE_REFRESH_MARGIN = Duration.ofMinutes(3).plusSeconds(45);

  private TokenSources() {}

  /**
   * The token source of {@code auth}: token requests go through {@code endpoint}, token lifetimes
   * count on {@code clock}, and {@code log} gets the source's lines. Rotating credentials send the
   * config's access token as it is; {@link #open} rotates them first when due.
   *
   * @throws IllegalStateException if {@code auth} lacks a setting its credentials need (a token
   *     URL, Google scopes) or has one they cannot use
   * @throws flowcdk.connector.ActionableException if a service account key is malformed
   */
  public static TokenSource start(Auth auth, TokenEndpoint endpoint, CaptureClock clock, Log log) {
    return start(auth, auth.credentials(), endpoint, clock, log);
  }

  /**
   * The token source of {@code auth} for a capture that opens: like {@link #start}, but rotating
   * credentials whose access token expires within five minutes are rotated first ({@link
   * TokenRotation}), and the source sends the new access token.
   *
   * @param rawConfig the endpoint config as the capture received it (decrypted)
   * @param configSchema the endpoint config's JSON Schema, as the spec publishes it
   * @param encrypt posts a JSON body to Estuary's config encryption service, without credentials,
   *     and completes with the response (see {@link TokenRotation})
   */
  public static Future<TokenSource> open(
      Auth auth,
      TokenEndpoint endpoint,
      CaptureClock clock,
      Log log,
      RawJson rawConfig,
      RawJson configSchema,
      Function<RawJson, Future<RawJson>> encrypt) {
    try {
      if (auth.credentials() instanceof Credentials.Rotating rotating) {
        return new TokenRotation(auth, endpoint, clock, log, encrypt)
            .rotateIfDue(rotating, rawConfig, configSchema)
            .map(fresh -> start(auth, fresh, endpoint, clock, log));
      }
      return Future.succeededFuture(start(auth, endpoint, clock, log));
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  private static TokenSource start(
      Auth auth, Credentials credentials, TokenEndpoint endpoint, CaptureClock clock, Log log) {
    String name = credentials.getClass().getSimpleName();
    CredentialsKind kind = CredentialsKind.of(credentials);
    if (auth.grantType().isPresent() && kind != CredentialsKind.CLIENT) {
      throw new IllegalStateException(
          "Auth.grantType(...) applies to client credentials (Credentials.Client), not to "
              + name
              + "; remove it");
    }
    if (!auth.scopes().isEmpty() && kind != CredentialsKind.SERVICE_ACCOUNT) {
      throw new IllegalStateException(
          "Auth.googleScopes(...) applies to a Google service account, not to "
              + name
              + "; remove it");
    }
    HeaderStyle style = HeaderStyle.of(auth);
    if (style.isBareAuthorization() && kind != CredentialsKind.USERNAME_PASSWORD) {
      log.warning(
          "using default Authorization header without a token type prefix",
          Fields.of("credentials", name));
    }
    return switch (kind) {
      case ROTATING ->
          fixed(
              style,
              required(((Credentials.Rotating) credentials).accessToken(), name, "access token"));
      case REFRESH_TOKEN ->
          new CachingTokenSource(
              style,
              exchange(
                  OAuth2Requests.refresh(auth, (Credentials.RefreshToken) credentials),
                  auth.tokenResponse(),
                  endpoint,
                  clock,
                  log),
              clock);
      case SERVICE_ACCOUNT ->
          google(auth, style, (Credentials.ServiceAccount) credentials, endpoint, clock, log);
      case USERNAME_PASSWORD -> basic(style, (Credentials.UsernamePassword) credentials, name);
      case TOKEN ->
          fixed(
              style,
              required(((Credentials.Token) credentials).accessToken(), name, "access token"));
      case CLIENT ->
          new CachingTokenSource(
              style,
              exchange(
                  OAuth2Requests.client(auth, (Credentials.Client) credentials),
                  auth.tokenResponse(),
                  endpoint,
                  clock,
                  log),
              clock);
    };
  }

  private static TokenSource basic(
      HeaderStyle style, Credentials.UsernamePassword credentials, String name) {
    String pair =
        required(credentials.username(), name, "username")
            + ":"
            + required(credentials.password(), name, "password");
    Logging.redactor().registerValue(credentials.password());
    return fixed(
        style.basic(), Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
  }

  private static TokenSource fixed(HeaderStyle style, String token) {
    Logging.redactor().registerValue(token);
    return new FixedTokenSource(style.header(token));
  }

  private static String required(String value, String kind, String what) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(kind + " credentials have no " + what);
    }
    return value;
  }

  /**
   * Fetches with {@code request}: the lifetime counts from the request's start in whole seconds,
   * and the token is fetched again once three quarters of it have passed (the Python CDK's rule).
   */
  private static Supplier<Future<CachingTokenSource.Fetched>> exchange(
      TokenRequest request,
      TokenResponseReader reader,
      TokenEndpoint endpoint,
      CaptureClock clock,
      Log log) {
    return () -> {
      Instant at = clock.now().truncatedTo(ChronoUnit.SECONDS);
      return request
          .send(endpoint, reader, at)
          .map(
              token -> {
                Duration lifetime = Duration.between(at, token.expiresAt());
                log.debug(
                    "fetched OAuth2 access token",
                    Fields.of("at", at.toString(), "expires_in", lifetime.toSeconds()));
                return new CachingTokenSource.Fetched(
                    token.accessToken(), at.plus(lifetime.multipliedBy(3).dividedBy(4)));
              });
    };
  }

  private static TokenSource google(
      Auth auth,
      HeaderStyle style,
      Credentials.ServiceAccount account,
      TokenEndpoint endpoint,
      CaptureClock clock,
      Log log) {
    if (auth.scopes().isEmpty()) {
      throw new IllegalStateException(
          "the Auth of a Google service account has no scopes: set them with"
              + " Auth.googleScopes(...), e.g."
              + " \"https://www.googleapis.com/auth/spreadsheets.readonly\"");
    }
    Logging.redactor().registerValue(account.serviceAccount());
    ServiceAccountKey key = ServiceAccountKey.parse(account.serviceAccount());
    TokenResponseReader reader = TokenResponseReader.standard();
    return new CachingTokenSource(
        style,
        () -> {
          Instant at = clock.now().truncatedTo(ChronoUnit.SECONDS);
          return GoogleAssertion.request(key, auth.scopes(), at)
              .send(endpoint, reader, at)
              .map(
                  token -> {
                    log.debug(
                        "fetched Google service account access token",
                        Fields.of(
                            "at",
                            at.toString(),
                            "expires_in",
                            Duration.between(at, token.expiresAt()).toSeconds()));
                    return new CachingTokenSource.Fetched(
                        token.accessToken(), token.expiresAt().minus(GOOGLE_REFRESH_MARGIN));
                  });
        },
        clock);
  }
}
