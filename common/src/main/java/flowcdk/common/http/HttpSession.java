package flowcdk.common.http;

import flowcdk.common.http.TransportFailure.Phase;
import flowcdk.connector.http.Http;
import flowcdk.connector.http.HttpDecodeException;
import flowcdk.connector.http.HttpRequest;
import flowcdk.connector.http.HttpResponse;
import flowcdk.connector.http.HttpSettings;
import flowcdk.connector.http.HttpStream;
import flowcdk.connector.http.HttpTransportException;
import flowcdk.runtime.codec.Codecs;
import flowcdk.runtime.codec.DecodeException;
import flowcdk.runtime.codec.JsonCodec;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.log.Fields;
import flowcdk.runtime.log.Log;
import flowcdk.runtime.task.CaptureClock;
import flowcdk.runtime.task.StopSignal;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The capture's HTTP client: one per capture, shared by every binding, built on one Vert.x {@code
 * HttpClient} (a pool of keep-alive connections, TLS verified against the JDK's trust store,
 * responses decompressed). It is the {@link Http} connectors use and the {@link TokenEndpoint}
 * token sources post their exchanges to.
 *
 * <p>Every call runs the attempt loop of {@link Call} (retries of 429, 5xx and connection failures,
 * redirects, the adaptive limiter and the {@link HttpSettings#budget() budget}); a whole body that
 * fails to arrive repeats the call (at most 4 attempts in all). Every wait (pacing, {@code
 * Retry-After}, back-off, budget) is on the capture's clock, and ends at once when {@code stopping}
 * is set: the call then fails with a {@code CaptureStoppedException}, and requests in flight are
 * reset. The network timeouts (connect, whole exchange) are Vert.x timers.
 *
 * <p>Credentials come from the {@link #tokenSource(TokenSource) token source}, asked for a header
 * before each attempt; requests made {@link HttpRequest#withoutToken()} and {@link #postForm} go
 * without. Header values are never logged or put in messages. Thread-safe.
 */
public final class HttpSession implements Http, TokenEndpoint {

  private final RateLimitEpisodes episodes;

  /** Attempts of a whole-body call whose body fails to arrive: the first and 3 repeats. */
  static final int BODY_ATTEMPTS = 4;

  /**
   * The socket connect timeout of the pool. Each request bounds its wait for a connection with its
   * own connect timeout (default {@link HttpSettings#connectTimeout()}), which covers the socket
   * connect too; this outer bound only keeps the pool's own attempts finite, and is long so a
   * request's longer connect timeout is honoured.
   */
  private static final int SOCKET_CONNECT_TIMEOUT_MILLIS = 10 * 60 * 1000;

  private final HttpClientAgent client;
  private final Wire wire;
  private final AtomicReference<TokenSource> tokenSource = new AtomicReference<>();

  /**
   * A client for one capture.
   *
   * @param vertx the capture's Vert.x instance (its event loops run the connections)
   * @param clock the capture's clock, for every wait between attempts
   * @param stopping the capture's stop signal: ends every wait and in-flight request at once
   * @param log where the client's warnings and status events go, e.g. {@code
   *     Log.root().child("http")}
   * @param settings the client's settings
   */
  public HttpSession(
      Vertx vertx, CaptureClock clock, StopSignal stopping, Log log, HttpSettings settings) {
    Objects.requireNonNull(settings, "settings");
    HttpClientOptions options =
        new HttpClientOptions()
            .setKeepAlive(true)
            .setDecompressionSupported(true)
            .setTrustAll(false)
            .setVerifyHost(true)
            .setConnectTimeout(SOCKET_CONNECT_TIMEOUT_MILLIS);
    PoolOptions pool =
        new PoolOptions()
            .setHttp1MaxSize(settings.maxConnections())
            .setHttp2MaxSize(settings.maxConnections());
    this.client = vertx.createHttpClient(options, pool);
    this.episodes = new RateLimitEpisodes(log);
    this.wire =
        new Wire(
            vertx,
            client,
            clock,
            stopping,
            log,
            settings,
            new AdaptiveLimiter(log),
            new RateGate(settings.budget(), clock, stopping),
            episodes,
            new Random(settings.retries().seed()),
            tokenSource::get);
  }

  /**
   * Runs {@code action} each time requests to a host resume after the host made them wait
   * (Retry-After): the capture's status logger then reports the capture's state again.
   */
  public void onResumed(Runnable action) {
    episodes.onResumed(action);
  }

  /**
   * Sets where requests get their credentials. May be set once, before or after the first request
   * (requests already under way keep going without).
   *
   * @throws IllegalStateException if a token source was set already
   */
  public void tokenSource(TokenSource source) {
    Objects.requireNonNull(source, "source");
    if (!tokenSource.compareAndSet(null, source)) {
      throw new IllegalStateException(
          "the capture's HTTP client already has a token source; it can be set only once");
    }
  }

  @Override
  public Future<HttpResponse> request(HttpRequest request) {
    Call call = call(request);
    return whole(call, 1).recover(error -> publicFailure(call, error));
  }

  @Override
  public <T> Future<T> request(HttpRequest request, JsonCodec<T> codec) {
    Objects.requireNonNull(codec, "codec");
    String typeName = typeName(codec);
    return request(request)
        .compose(
            response -> {
              try {
                return Future.succeededFuture(
                    Codecs.decode(response.body().getBytes(), codec, typeName));
              } catch (DecodeException e) {
                return Future.failedFuture(
                    new HttpDecodeException(
                        "the response of "
                            + request.method()
                            + " "
                            + response.url()
                            + " (Content-Type: "
                            + response.contentType()
                            + ") could not be decoded: "
                            + e.getMessage(),
                        response.url(),
                        e));
              }
            });
  }

  @Override
  public Future<HttpStream> requestStream(HttpRequest request) {
    Call call = call(request);
    return call.run().<HttpStream>map(OpenStream::new).recover(error -> publicFailure(call, error));
  }

  /**
   * POSTs {@code form} to a token endpoint, without the capture's credentials, through the same
   * attempt loop as every request. A body that is not JSON fails naming the URL and content type,
   * never showing the body (it may hold a token).
   */
  @Override
  public Future<RawJson> postForm(
      String url, Map<String, String> form, Map<String, String> headers) {
    HttpRequest request = HttpRequest.post(url).form(form).withoutToken();
    for (Map.Entry<String, String> header : headers.entrySet()) {
      request = request.header(header.getKey(), header.getValue());
    }
    return request(request)
        .compose(
            response -> {
              try {
                return Future.succeededFuture(RawJson.parse(response.body().getBytes()));
              } catch (IllegalArgumentException e) {
                // No cause: the parser's message quotes the body, which may hold a token.
                return Future.failedFuture(
                    new HttpDecodeException(
                        "the token endpoint "
                            + url
                            + " answered "
                            + response.status()
                            + " with a "
                            + response.contentType()
                            + " body that is not JSON ("
                            + response.body().length()
                            + " bytes, not shown as they may hold a token); check the token URL",
                        url,
                        null));
              }
            });
  }

  /** Closes the connection pool; calls still under way fail. */
  public Future<Void> close() {
    return client.close();
  }

  private Call call(HttpRequest request) {
    Objects.requireNonNull(request, "request");
    HttpSettings settings = wire.settings();
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    headers.set("User-Agent", settings.userAgent());
    for (Map.Entry<String, String> header : settings.headers()) {
      headers.set(header.getKey(), header.getValue());
    }
    for (Map.Entry<String, String> header : request.headers()) {
      headers.set(header.getKey(), header.getValue());
    }
    request
        .bodyContentType()
        .filter(type -> !headers.contains("Content-Type"))
        .ifPresent(type -> headers.set("Content-Type", type));
    Hop first =
        new Hop(
            request.method(),
            Target.of(request.uri(), request.url()),
            headers,
            request.body().orElse(null),
            Hop.ALWAYS_CREDENTIALS);
    return new Call(wire, request, first);
  }

  /** Runs {@code call} and reads the whole body, repeating the call when the body fails. */
  private Future<HttpResponse> whole(Call call, int bodyAttempt) {
    return call.run()
        .compose(exchange -> exchange.readBody().map(exchange::toResponse))
        .recover(
            error -> {
              if (!(error instanceof TransportFailure failure) || failure.phase() != Phase.BODY) {
                return Future.failedFuture(error);
              }
              HttpRequest request = call.request();
              if (bodyAttempt >= BODY_ATTEMPTS) {
                return Future.failedFuture(
                    new HttpTransportException(
                        request.method(),
                        request.url(),
                        "reading the response body failed "
                            + bodyAttempt
                            + " times: "
                            + failure.getMessage(),
                        failure.getCause()));
              }
              wire.log()
                  .warning(
                      "error occurred while reading response body (will retry)",
                      Fields.of(
                              "url",
                              request.url(),
                              "method",
                              request.method().name(),
                              "attempt",
                              bodyAttempt)
                          .with("error", failure.getMessage()));
              return wire.pause(wire.backoff(bodyAttempt), call.name())
                  .compose(v -> whole(call, bodyAttempt + 1));
            });
  }

  /**
   * A failure as callers see it: a transport failure left (reading an error response's body, for a
   * stream) becomes an {@link HttpTransportException}.
   */
  private static <T> Future<T> publicFailure(Call call, Throwable error) {
    if (error instanceof TransportFailure failure) {
      return Future.failedFuture(
          new HttpTransportException(
              call.request().method(),
              call.request().url(),
              "reading the response body failed: " + failure.getMessage(),
              failure.getCause()));
    }
    return Future.failedFuture(error);
  }

  /** {@code Order} for the generated codec {@code OrderJson}. */
  private static String typeName(JsonCodec<?> codec) {
    String name = codec.getClass().getSimpleName();
    return name.length() > 4 && name.endsWith("Json") ? name.substring(0, name.length() - 4) : name;
  }
}
