package flowcdk.common.webhook;

import flowcdk.common.webhook.RequestDocuments.Accepted;
import flowcdk.common.webhook.RequestDocuments.Outcome;
import flowcdk.common.webhook.RequestDocuments.Refused;
import flowcdk.common.webhook.RequestDocuments.Routed;
import flowcdk.connector.webhook.WebhookRequest;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.log.Fields;
import flowcdk.runtime.log.Log;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The capture's webhook endpoint, on Vert.x core's {@code HttpServer}: every {@code POST}, on any
 * path, is checked ({@link Authenticator}), turned into documents ({@link RequestDocuments}), each
 * checked against its binding's model, and handed to the {@link Publisher} as one transaction; it
 * is answered {@code 200 {"published": n}} only once the publisher's future completes, that is once
 * Flow acknowledged the transaction. A request is captured whole or not at all.
 *
 * <p>What a public endpoint needs besides: a body larger than {@link Limits#maxBodyBytes()} is
 * answered 413, a request beyond {@link Limits#maxInFlight()} 503 with {@code Retry-After}, a body
 * that does not arrive within {@link Limits#bodyTimeout()} 408. {@link #stop()} answers new
 * requests 503 and waits for those in flight.
 */
public final class WebhookServer {

  /** Commits a request's documents as one transaction. */
  @FunctionalInterface
  public interface Publisher {
    /** Completes once Flow has acknowledged the transaction holding {@code documents}. */
    Future<Void> publish(List<Routed> documents);
  }

  /** Checks a document against its binding's model. */
  @FunctionalInterface
  public interface DocumentCheck {
    /** Why {@code document} does not fit binding {@code binding}'s model, or null when it does. */
    String problem(int binding, RawJson document);
  }

  /**
   * The endpoint's limits.
   *
   * @param maxBodyBytes the largest body accepted (413 beyond)
   * @param maxInFlight how many requests may be in flight at once (503 with Retry-After beyond)
   * @param bodyTimeout how long a body may take to arrive (408 after)
   * @param stopGrace how long {@link #stop()} waits for the requests in flight
   */
  public record Limits(
      long maxBodyBytes, int maxInFlight, Duration bodyTimeout, Duration stopGrace) {

    /** Checks that every limit lets a request through. */
    public Limits {
      if (maxBodyBytes < 1 || maxInFlight < 1) {
        throw new IllegalArgumentException(
            "webhook limits must allow a body of at least 1 byte and 1 request in flight, were "
                + maxBodyBytes
                + " bytes and "
                + maxInFlight
                + " requests; raise them");
      }
      if (bodyTimeout.isNegative() || bodyTimeout.isZero() || stopGrace.isNegative()) {
        throw new IllegalArgumentException(
            "a webhook body timeout must be positive and the stop grace not negative, were "
                + bodyTimeout
                + " and "
                + stopGrace);
      }
    }

    /** 10 MiB bodies, 256 requests in flight, 60 s for a body, 60 s to stop. */
    public static Limits defaults() {
      return new Limits(10L << 20, 256, Duration.ofSeconds(60), Duration.ofSeconds(60));
    }
  }

  /** From this many body bytes a request is read on a worker thread. */
  static final int OFF_LOOP_BYTES = 64 * 1024;

  private final Vertx vertx;
  private final RequestDocuments documents;
  private final Authenticator authenticator;
  private final DocumentCheck check;
  private final Publisher publisher;
  private final Limits limits;
  private final Log log;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final Promise<Void> drained = Promise.promise();
  private volatile boolean stopping;
  private HttpServer server;

  private WebhookServer(
      Vertx vertx,
      RequestDocuments documents,
      Authenticator authenticator,
      DocumentCheck check,
      Publisher publisher,
      Limits limits,
      Log log) {
    this.vertx = vertx;
    this.documents = documents;
    this.authenticator = authenticator;
    this.check = check;
    this.publisher = publisher;
    this.limits = limits;
    this.log = log;
  }

  /**
   * Starts serving on {@code host}:{@code port} (0 for a free port). Fails with {@code Webhook
   * server failed to bind to port <port>: <reason>} when it cannot listen.
   */
  public static Future<WebhookServer> start(
      Vertx vertx,
      String host,
      int port,
      RequestDocuments documents,
      Authenticator authenticator,
      DocumentCheck check,
      Publisher publisher,
      Limits limits,
      Log log) {
    WebhookServer webhooks =
        new WebhookServer(vertx, documents, authenticator, check, publisher, limits, log);
    return vertx
        .createHttpServer(new HttpServerOptions().setHost(host).setPort(port))
        .requestHandler(webhooks::handle)
        .listen()
        .recover(
            failure ->
                Future.failedFuture(
                    new IllegalStateException(
                        "Webhook server failed to bind to port "
                            + port
                            + ": "
                            + failure.getMessage()
                            + ". Free the port, or give the connector another one in PORT.",
                        failure)))
        .map(
            listening -> {
              webhooks.server = listening;
              return webhooks;
            });
  }

  /** The port the server listens on. */
  public int port() {
    return server.actualPort();
  }

  /**
   * Answers new requests 503, waits until the requests in flight are answered (at most {@link
   * Limits#stopGrace()}), then closes the server.
   */
  public Future<Void> stop() {
    stopping = true;
    if (inFlight.get() == 0) {
      drained.tryComplete();
    }
    long timer =
        vertx.setTimer(Math.max(1, limits.stopGrace().toMillis()), t -> drained.tryComplete());
    return drained
        .future()
        .compose(
            v -> {
              vertx.cancelTimer(timer);
              return server.close();
            });
  }

  private void handle(HttpServerRequest request) {
    if (request.method() != HttpMethod.POST) {
      request.response().putHeader("Allow", "POST").setStatusCode(405).end("Method Not Allowed");
      return;
    }
    if (stopping) {
      answerText(request, 503, "Server shutting down");
      return;
    }
    if (inFlight.incrementAndGet() > limits.maxInFlight()) {
      finished();
      request.response().putHeader("Retry-After", "1");
      answerText(request, 503, "Too many requests in flight; retry after 1 second");
      return;
    }
    AtomicBoolean answered = new AtomicBoolean();
    request.response().endHandler(v -> finishedOnce(answered));
    request.response().closeHandler(v -> finishedOnce(answered));
    String length = request.getHeader("Content-Length");
    if (length != null && announcesMoreThan(length, limits.maxBodyBytes())) {
      tooLarge(request);
      return;
    }
    Buffer body = Buffer.buffer();
    long timer =
        vertx.setTimer(
            Math.max(1, limits.bodyTimeout().toMillis()),
            t -> {
              if (!request.response().ended()) {
                request.response().putHeader("Connection", "close");
                answerText(request, 408, "The request body did not arrive in time");
              }
            });
    request.handler(
        chunk -> {
          if (request.response().ended()) {
            return;
          }
          body.appendBuffer(chunk);
          if (body.length() > limits.maxBodyBytes()) {
            vertx.cancelTimer(timer);
            tooLarge(request);
          }
        });
    request.exceptionHandler(e -> vertx.cancelTimer(timer));
    request.endHandler(
        v -> {
          vertx.cancelTimer(timer);
          if (!request.response().ended()) {
            capture(request, body.getBytes());
          }
        });
  }

  /**
   * Checks, reads and routes the request, then publishes it: on the event loop for a small body, on
   * a worker thread from {@value #OFF_LOOP_BYTES} bytes, so that parsing a large batch (or hashing
   * it for a signature) does not hold up the capture's other work.
   */
  private void capture(HttpServerRequest request, byte[] body) {
    WebhookRequest webhook = new WebhookRequest(request.path(), headers(request));
    Map<String, String> query = new LinkedHashMap<>();
    request.params().forEach(p -> query.putIfAbsent(p.getKey(), p.getValue()));
    if (body.length < OFF_LOOP_BYTES) {
      publish(request, verdict(webhook, query, body));
      return;
    }
    vertx
        .executeBlocking(() -> verdict(webhook, query, body), false)
        .onComplete(
            verdict -> {
              if (verdict.succeeded()) {
                publish(request, verdict.result());
              } else {
                log.error("webhook request could not be read", verdict.cause());
                answerText(request, 500, "The documents could not be captured");
              }
            });
  }

  /** Checks, reads and routes a request: what becomes of it. */
  private Outcome verdict(WebhookRequest webhook, Map<String, String> query, byte[] body) {
    String refusal = authenticator.refusal(webhook, body);
    if (refusal != null) {
      log.warning("webhook request refused", Fields.of("path", webhook.path(), "reason", refusal));
      return new Refused(401, "Unauthorized", Map.of("reason", refusal));
    }
    Outcome outcome = documents.read(webhook, query, body);
    if (outcome instanceof Refused refused) {
      log.error(
          refused.status() == 404
              ? "No handler found for incoming webhook request"
              : refused.message(),
          Fields.of("details", refused.details()));
      return refused;
    }
    List<Routed> routed = ((Accepted) outcome).documents();
    for (int i = 0; i < routed.size(); i++) {
      String problem = check.problem(routed.get(i).binding(), routed.get(i).document());
      if (problem != null) {
        log.warning(
            "webhook document does not fit its binding's model; the request is refused",
            Fields.of("path", webhook.path(), "document", i, "problem", problem));
        return new Refused(
            400,
            "Document " + i + " does not fit its binding: " + problem,
            Map.of("document", i, "problem", problem));
      }
    }
    return outcome;
  }

  /** Answers a refused request, or publishes an accepted one and answers once it is published. */
  private void publish(HttpServerRequest request, Outcome outcome) {
    if (outcome instanceof Refused refused) {
      answerText(request, refused.status(), refused.message());
      return;
    }
    List<Routed> routed = ((Accepted) outcome).documents();
    publisher
        .publish(routed)
        .onComplete(
            published -> {
              if (published.succeeded()) {
                request
                    .response()
                    .putHeader("Content-Type", "application/json")
                    .end("{\"published\":" + routed.size() + "}");
              } else if (stopping) {
                answerText(request, 503, "Server shutting down");
              } else {
                log.error("webhook documents were not published", published.cause());
                answerText(request, 500, "The documents could not be captured");
              }
            });
  }

  /** Whether a {@code Content-Length} of {@code length} is more than {@code limit} bytes. */
  static boolean announcesMoreThan(String length, long limit) {
    if (length.isEmpty() || !length.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false; // not a length: the body's own size is checked as it arrives
    }
    String digits = length.replaceFirst("^0+(?=.)", "");
    return digits.length() > 18 || Long.parseLong(digits) > limit;
  }

  /** 413, and the connection closed after it: the rest of the body is not read. */
  private void tooLarge(HttpServerRequest request) {
    request.response().putHeader("Connection", "close");
    answerText(request, 413, "The body is larger than " + limits.maxBodyBytes() + " bytes");
  }

  /** Each header's first value, by the name the sender wrote. */
  private static Map<String, String> headers(HttpServerRequest request) {
    Map<String, String> headers = new LinkedHashMap<>();
    request.headers().forEach(h -> headers.putIfAbsent(h.getKey(), h.getValue()));
    return headers;
  }

  private static void answerText(HttpServerRequest request, int status, String text) {
    if (!request.response().ended() && !request.response().closed()) {
      request
          .response()
          .setStatusCode(status)
          .putHeader("Content-Type", "text/plain; charset=utf-8")
          .end(text);
    }
  }

  /** A request is no longer in flight: its response ended or its connection closed. */
  private void finishedOnce(AtomicBoolean answered) {
    if (answered.compareAndSet(false, true)) {
      finished();
    }
  }

  private void finished() {
    if (inFlight.decrementAndGet() == 0 && stopping) {
      drained.tryComplete();
    }
  }
}
