package flowcdk.connector.dispatch;

import flowcdk.common.http.AuthHeader;
import flowcdk.common.http.HttpSession;
import flowcdk.common.http.TokenRotation;
import flowcdk.common.http.TokenSource;
import flowcdk.common.http.TokenSources;
import flowcdk.connector.http.Auth;
import flowcdk.connector.http.Credentials;
import flowcdk.connector.http.Http;
import flowcdk.connector.http.HttpLines;
import flowcdk.connector.http.HttpRequest;
import flowcdk.connector.http.HttpResponse;
import flowcdk.connector.http.HttpSettings;
import flowcdk.connector.http.HttpStream;
import flowcdk.runtime.RuntimeContext;
import flowcdk.runtime.codec.JsonCodec;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.log.Log;
import io.vertx.core.Future;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The capture's HTTP client as the dispatcher hands it out: made on first use from the connector's
 * {@link HttpSettings}, on the session's Vert.x instance and clock, and stopped with the session. A
 * connector that never makes a request never starts a client (a database capture).
 *
 * <p>Its credentials come from the settings' {@link Auth}, whose token exchanges default to the
 * capture's {@code @OAuth2Provider} token URL. At Open, {@link #beforeCapture} rotates due rotating
 * OAuth2 tokens (docs/http.md#rotating-tokens) before any binding starts.
 */
final class CaptureHttp implements Http {

  private static final Log LOG = Log.root().child("http");

  private final RuntimeContext runtime;
  private final Supplier<HttpSettings> settings;
  private final Supplier<Optional<String>> oauth2TokenUrl;
  private HttpSettings chosenSettings;
  private HttpSession session;
  private Auth auth;

  /** What runs when requests resume after a server made them wait. */
  private volatile Runnable onResumed = () -> {};

  /** The token source requests use: replaced once, if Open rotates the tokens. */
  private volatile TokenSource tokens;

  /**
   * A client made from {@code settings} (asked for once, at the first request) on {@code runtime};
   * its token exchanges default to {@code oauth2TokenUrl}.
   */
  CaptureHttp(
      RuntimeContext runtime,
      Supplier<HttpSettings> settings,
      Supplier<Optional<String>> oauth2TokenUrl) {
    this.runtime = runtime;
    this.settings = settings;
    this.oauth2TokenUrl = oauth2TokenUrl;
  }

  /** The client, made now if it was not yet. */
  synchronized HttpSession session() {
    if (session == null) {
      if (runtime == null) {
        throw new IllegalStateException(
            "the capture's HTTP client needs the runtime's session: run the dispatcher with"
                + " ConnectorRuntime.run or Cli.run, which attach it before the first request");
      }
      HttpSettings chosen = settings();
      session = new HttpSession(runtime.vertx(), runtime.clock(), runtime.stopping(), LOG, chosen);
      session.onResumed(() -> onResumed.run());
      if (chosen.auth().isPresent()) {
        Auth given = chosen.auth().get();
        Optional<String> tokenUrl = oauth2TokenUrl.get();
        auth = tokenUrl.isPresent() ? given.withDefaultTokenUrl(tokenUrl.get()) : given;
        tokens = TokenSources.start(auth, session, runtime.clock(), LOG);
        session.tokenSource(this::header);
      }
    }
    return session;
  }

  /** The connector's settings, asked for once. */
  private synchronized HttpSettings settings() {
    if (chosenSettings == null) {
      chosenSettings = settings.get();
    }
    return chosenSettings;
  }

  /**
   * Runs {@code action} each time requests resume after a server made them wait, e.g. to have the
   * capture's status reported again.
   */
  void onResumed(Runnable action) {
    onResumed = action;
  }

  private Future<AuthHeader> header() {
    return tokens.header();
  }

  /**
   * Before a capture's bindings start: if the credentials are rotating OAuth2 tokens that expire
   * within five minutes, exchanges them, tells Flow the new endpoint config (a {@code configUpdate}
   * event with {@code rawConfig} updated and encrypted against {@code configSchema}) and uses the
   * new access token from then on. Does nothing for other credentials, or none.
   */
  Future<Void> beforeCapture(RawJson rawConfig, RawJson configSchema) {
    Optional<Auth> chosen = settings().auth();
    if (chosen.isEmpty() || !(chosen.get().credentials() instanceof Credentials.Rotating)) {
      return Future.succeededFuture();
    }
    HttpSession client = session();
    String encryptionUrl = TokenRotation.encryptionUrl(System.getenv());
    return TokenSources.open(
            auth,
            client,
            runtime.clock(),
            LOG,
            rawConfig,
            configSchema,
            body ->
                client
                    .request(HttpRequest.post(encryptionUrl).json(body).withoutToken())
                    .map(HttpResponse::json))
        .map(
            rotated -> {
              tokens = rotated;
              return null;
            });
  }

  /** Closes the client, if it was made. */
  synchronized void close() {
    if (session != null) {
      session.close();
    }
  }

  @Override
  public Future<HttpResponse> request(HttpRequest request) {
    return session().request(request);
  }

  @Override
  public <T> Future<T> request(HttpRequest request, JsonCodec<T> codec) {
    return session().request(request, codec);
  }

  @Override
  public Future<HttpStream> requestStream(HttpRequest request) {
    return session().requestStream(request);
  }

  @Override
  public Future<HttpLines> requestLines(HttpRequest request) {
    return session().requestLines(request);
  }

  @Override
  public Future<HttpLines> requestLines(HttpRequest request, String delimiter) {
    return session().requestLines(request, delimiter);
  }
}
