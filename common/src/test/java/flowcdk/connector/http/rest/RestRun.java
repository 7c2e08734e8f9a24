package flowcdk.connector.http.rest;

import flowcdk.common.http.StderrTee;
import flowcdk.runtime.RuntimeContext;
import flowcdk.runtime.RuntimeOptions;
import flowcdk.runtime.launch.ConnectorRuntime;
import flowcdk.runtime.log.Level;
import flowcdk.runtime.log.LogFormat;
import flowcdk.runtime.log.LogWriter;
import flowcdk.runtime.log.Logging;
import flowcdk.runtime.log.Redactor;
import flowcdk.testing.Attached;
import flowcdk.testing.ManualClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@link RestCapture} serving one request in this JVM, on a manual clock, in a background thread:
 * the test waits for what it needs to see, advances the clock or stops the session, then takes the
 * {@link Result}. Log lines go to a buffer and to stderr, where the build keeps them (the secrets
 * check greps them).
 */
final class RestRun {

  /** How a run ended: its exit status, stdout lines and log lines. */
  record Result(int status, List<String> stdout, List<String> log) {
    /** The documents captured, as their JSON text. */
    List<String> captured() {
      return stdout.stream().filter(line -> line.startsWith("{\"captured\"")).toList();
    }

    /** The log lines whose text contains {@code text}. */
    List<String> logWith(String text) {
      return log.stream().filter(line -> line.contains(text)).toList();
    }
  }

  final ManualClock clock;
  final Attached connector = new Attached(new RestCapture_Dispatch());
  private final StderrTee log = new StderrTee();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final CompletableFuture<Integer> status;
  private final LogWriter previous;

  /** Starts serving {@code request} (one protocol line) on {@code clock}. */
  RestRun(ManualClock clock, String request) {
    this.clock = clock;
    previous = Logging.install(new LogWriter(log, LogFormat.JSON, Level.DEBUG, new Redactor()));
    RuntimeOptions options =
        RuntimeOptions.defaults().withSignalHandling(false).withClock(vertx -> clock);
    byte[] input = (request + "\n").getBytes(StandardCharsets.UTF_8);
    status =
        CompletableFuture.supplyAsync(
            () -> ConnectorRuntime.run(connector, options, new ByteArrayInputStream(input), out));
  }

  /** Advances the clock by {@code step} on the session's event loop. */
  void advance(Duration step) {
    RuntimeContext runtime = connector.runtime().orElseThrow();
    CompletableFuture<Void> done = new CompletableFuture<>();
    runtime
        .vertx()
        .runOnContext(
            v -> {
              clock.advance(step);
              done.complete(null);
            });
    done.join();
  }

  /**
   * Waits until something waits on the clock until {@code deadline} (polling; the bound only keeps
   * a broken test from hanging).
   */
  void awaitDeadline(Instant deadline) throws InterruptedException {
    long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (!clock.pendingDeadlines().contains(deadline)) {
      if (System.nanoTime() > giveUp) {
        throw new AssertionError(
            "nothing waits until " + deadline + ": " + clock.pendingDeadlines());
      }
      Thread.sleep(5);
    }
  }

  /** Waits for the run to end (a bound against a hung test only); its result. */
  Result finish() throws Exception {
    try {
      int code = status.get(2, TimeUnit.MINUTES);
      return new Result(
          code, out.toString(StandardCharsets.UTF_8).lines().toList(), log.text().lines().toList());
    } finally {
      Logging.install(previous);
    }
  }

  /** The endpoint config with an access token. */
  static String accessTokenConfig(String baseUrl, String token, int bindings, String extra) {
    return "{\"base_url\":\""
        + baseUrl
        + "\",\"bindings\":"
        + bindings
        + ",\"credentials\":{\"credentials_title\":\"Private App Credentials\",\"access_token\":\""
        + token
        + "\"}"
        + extra
        + "}";
  }

  /** An Open request of {@code config} for bindings {@code items0..n-1}, from an empty state. */
  static String open(String config, int bindings) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < bindings; i++) {
      if (i > 0) {
        list.append(',');
      }
      list.append("{\"collection\":{\"name\":\"acmeCo/items")
          .append(i)
          .append("\",\"key\":[\"/id\"],\"writeSchema\":{}},\"resourceConfig\":{\"name\":\"items")
          .append(i)
          .append("\"},\"resourcePath\":[\"items")
          .append(i)
          .append("\"],\"stateKey\":\"items")
          .append(i)
          .append("\"}");
    }
    return "{\"open\":{\"capture\":{\"name\":\"acmeCo/rest\",\"connectorType\":\"IMAGE\",\"config\":"
        + config
        + ",\"bindings\":["
        + list
        + "]},\"version\":\"v\",\"state\":{}}}";
  }

  /** A Validate request of {@code config} without bindings. */
  static String validate(String config) {
    return "{\"validate\":{\"name\":\"acmeCo/rest\",\"connectorType\":\"IMAGE\",\"config\":"
        + config
        + ",\"bindings\":[]}}";
  }
}
