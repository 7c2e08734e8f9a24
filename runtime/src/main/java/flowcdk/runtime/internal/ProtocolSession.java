package flowcdk.runtime.internal;

import flowcdk.runtime.Connector;
import flowcdk.runtime.OpenedCapture;
import flowcdk.runtime.RuntimeContext;
import flowcdk.runtime.RuntimeOptions;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.log.Fields;
import flowcdk.runtime.log.Log;
import flowcdk.runtime.log.Logging;
import flowcdk.runtime.log.SecretPaths;
import flowcdk.runtime.output.AcknowledgementException;
import flowcdk.runtime.output.MemoryBudget;
import flowcdk.runtime.output.OutputWriter;
import flowcdk.runtime.output.Transactor;
import flowcdk.runtime.output.Unit;
import flowcdk.runtime.protocol.AcknowledgeRequest;
import flowcdk.runtime.protocol.ApplyRequest;
import flowcdk.runtime.protocol.ConnectorType;
import flowcdk.runtime.protocol.DiscoverRequest;
import flowcdk.runtime.protocol.OpenRequest;
import flowcdk.runtime.protocol.OpenedResponse;
import flowcdk.runtime.protocol.Request;
import flowcdk.runtime.protocol.Response;
import flowcdk.runtime.protocol.ResponseWriter;
import flowcdk.runtime.protocol.SpecRequest;
import flowcdk.runtime.protocol.ValidateRequest;
import flowcdk.runtime.task.CaptureClock;
import flowcdk.runtime.task.CaptureStoppedException;
import flowcdk.runtime.task.StopSignal;
import flowcdk.runtime.task.TaskScope;
import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The protocol state machine of one connector process. All methods run on the runtime's event-loop
 * context, so its state needs no locks.
 *
 * <p>Requests are handled concurrently, as they arrive: a long-running {@code open} does not hold
 * up the {@code acknowledge} requests that follow it. The process ends (through {@code exit}) when
 *
 * <ul>
 *   <li>input has ended and every request has been answered, if no capture was opened (status 0);
 *   <li>the capture finishes (0) or fails (1) — end of input does not stop a capture;
 *   <li>a request is malformed or out of order, or a handler fails (1);
 *   <li>SIGTERM arrived and the capture, if any, has wound down (0, or 1 if it failed).
 * </ul>
 *
 * Before the status is handed over, everything already committed is written to stdout, for at most
 * the {@linkplain RuntimeOptions#stopGrace() stop grace}. Once stopping (SIGTERM, a stop handle, a
 * failed task or session) the whole wind-down is bounded by that grace, counted from the stop: at
 * the deadline tasks still running are named in one warning and left behind, and committed
 * transactions stdout did not take are counted in one error line, the status then being 1 (they are
 * captured again at the next start, as their checkpoints never reached Flow).
 */
final class ProtocolSession {

  private final Connector connector;
  private final RuntimeOptions options;
  private final Context context;
  private final OutputWriter writer;
  private final Promise<Integer> exit;
  private final Log log = Log.root();
  private final ErrorReporter errors = new ErrorReporter(log);
  private final MemoryBudget budget;

  /** The session's stopping signal, given to the connector (see {@link #start()}). */
  private final StopSignal stopping = new StopSignal();

  private CaptureClock clock;

  private Future<SecretPaths> secretPaths;
  private Transactor transactor;
  private TaskScope capture;
  private boolean openReceived;
  private boolean inputEnded;
  private boolean terminating;
  private String stopReason = "SIGTERM";
  private boolean finishing;
  private int inFlight;
  private long stopDeadline;
  private boolean stopClockStarted;

  ProtocolSession(
      Connector connector,
      RuntimeOptions options,
      Context context,
      OutputWriter writer,
      Promise<Integer> exit) {
    this.connector = connector;
    this.options = options;
    this.context = context;
    this.writer = writer;
    this.exit = exit;
    this.budget = new MemoryBudget(options.pendingMemoryBudget());
  }

  /**
   * Makes the session's clock and hands the connector what the session shares; runs on the
   * session's context before the first request. The session sets the stopping signal when it stops
   * for any reason, after its capture's own; a stop the connector asks for stops the session as
   * SIGTERM does.
   */
  void start() {
    clock = options.clock().clock(context.owner());
    connector.attach(
        new RuntimeContext(
            context.owner(),
            clock,
            stopping,
            reason -> context.runOnContext(v -> onTerminate(reason))));
  }

  void onRequest(Request request) {
    if (finishing) {
      return;
    }
    if (request instanceof AcknowledgeRequest ack) {
      // Served even while stopping: a task winding down may be waiting for its acknowledgement.
      acknowledge(ack.checkpoints());
      return;
    }
    if (terminating) {
      return;
    }
    if (request instanceof OpenRequest open) {
      open(open);
      return;
    }
    inFlight++;
    Future<? extends Response> response;
    try {
      response = handle(request);
    } catch (Throwable e) {
      response = Future.failedFuture(e);
    }
    response
        .compose(this::respond)
        .onComplete(
            ar -> {
              inFlight--;
              if (ar.failed() && terminating && CaptureStoppedException.isCause(ar.cause())) {
                // A wait of the request's (an HTTP retry) ended because the session is stopping:
                // not a failure of the connector's.
                log.info(
                    "the "
                        + requestName(request)
                        + " request was not answered: the connector was asked to stop ("
                        + stopReason
                        + ")");
                finishIfIdle();
              } else if (ar.failed()) {
                fail(ar.cause());
              } else {
                finishIfIdle();
              }
            });
  }

  void onInputEnded() {
    inputEnded = true;
    finishIfIdle();
  }

  /**
   * Stops gracefully, as on SIGTERM: no more requests but acknowledgements are served, and the
   * capture, if any, is asked to wind down; {@code reason} names the cause in the log and in the
   * stopping signal.
   */
  void onTerminate(String reason) {
    if (finishing || terminating) {
      return;
    }
    terminating = true;
    stopReason = reason;
    log.info("received " + reason + "; stopping gracefully");
    startStopClock();
    if (capture != null) {
      capture.stopping().set(reason);
    }
    stopping.set(reason);
    if (capture != null) {
      return;
    } else if (openReceived && inFlight == 0) {
      // The capture is still opening (resolving bindings, reading initial states, which may wait
      // on the source): nothing of it was written, so there is nothing to wind down or drain.
      log.debug("stopped while the capture was opening; nothing was captured");
      finish(0);
    } else {
      finishIfIdle();
    }
  }

  void fail(Throwable error) {
    if (finishing) {
      return;
    }
    errors.report(error);
    startStopClock();
    if (capture != null) {
      capture.stopping().set("the connector failed");
    }
    stopping.set("the connector failed");
    finish(1);
  }

  /** The request's name as the protocol spells it, e.g. {@code validate}. */
  private static String requestName(Request request) {
    String type = request.getClass().getSimpleName();
    String name = type.endsWith("Request") ? type.substring(0, type.length() - 7) : type;
    return name.isEmpty() ? type : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private Future<? extends Response> handle(Request request) {
    if (request instanceof SpecRequest spec) {
      return connector.spec(spec);
    }
    if (request instanceof DiscoverRequest discover) {
      return withSecrets(discover.config()).compose(v -> connector.discover(discover));
    }
    if (request instanceof ValidateRequest validate) {
      Future<Void> secrets = withSecrets(validate.config());
      if (validate.lastCapture().isPresent()) {
        Optional<RawJson> previous = validate.lastCapture().get().endpointConfig();
        if (previous.isPresent()) {
          secrets = secrets.compose(v -> withSecrets(previous.get()));
        }
      }
      return secrets.compose(v -> connector.validate(validate));
    }
    if (request instanceof ApplyRequest apply) {
      return withSecrets(apply.capture().config()).compose(v -> connector.apply(apply));
    }
    throw new IllegalStateException("unhandled request type " + request.getClass().getName());
  }

  private void open(OpenRequest request) {
    if (openReceived) {
      fail(
          new ProtocolException(
              "received a second open request; a connector process serves one capture session at a time"));
      return;
    }
    openReceived = true;
    withSecrets(request.capture().config())
        .compose(v -> connector.open(request))
        .compose(this::startCapture)
        .onComplete(
            ar -> {
              if (ar.failed()) {
                fail(ar.cause());
              } else {
                log.debug("capture finished");
                finish(0);
              }
            });
  }

  private Future<Void> startCapture(OpenedCapture opened) {
    if (finishing) {
      return Future.succeededFuture();
    }
    transactor = new Transactor(writer, opened.explicitAcknowledgements());
    // `opened` is queued before any task can commit, so it precedes every capture line.
    respond(new OpenedResponse(opened.explicitAcknowledgements()));
    capture =
        new TaskScope(
            context,
            transactor,
            budget,
            options.taskMemoryLimit(),
            options.spillDirectory(),
            log,
            vertx -> clock);
    // The signal may be set on a worker thread (a blocking fetch triggering a backfill).
    capture
        .stopping()
        .future()
        .onComplete(
            v -> {
              stopping.set(capture.stopping().reason());
              context.runOnContext(x -> startStopClock());
            });
    if (terminating) {
      capture.stopping().set(stopReason);
    }
    return capture.run(opened.work());
  }

  private void acknowledge(long checkpoints) {
    if (transactor == null) {
      fail(
          new ProtocolException(
              "received acknowledge {checkpoints: "
                  + checkpoints
                  + "} before the capture was opened;"
                  + " Flow sends acknowledgements only after an opened response"));
      return;
    }
    try {
      transactor.acknowledge(checkpoints);
    } catch (AcknowledgementException e) {
      fail(e);
    }
  }

  private Future<Void> respond(Response response) {
    return writer.submit(Unit.of(ResponseWriter.line(response)));
  }

  /** Teaches the log redactor where this connector's secrets are, then registers the config's. */
  private Future<Void> withSecrets(RawJson config) {
    if (secretPaths == null) {
      secretPaths =
          connector
              .spec(new SpecRequest(ConnectorType.IMAGE, Optional.empty()))
              .map(spec -> SecretPaths.fromSchema(spec.configSchema()));
    }
    return secretPaths.map(
        paths -> {
          Logging.redactor().usePaths(paths);
          Logging.redactor().register(config);
          return null;
        });
  }

  /**
   * Starts the stop grace, once: at its end tasks still running are named and left behind, and the
   * session finishes whatever stdout has taken by then.
   */
  private void startStopClock() {
    if (stopClockStarted) {
      return;
    }
    stopClockStarted = true;
    long nanos = options.stopGrace().toNanos();
    stopDeadline = System.nanoTime() + nanos;
    context.owner().setTimer(Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos)), id -> atDeadline());
  }

  private void atDeadline() {
    if (finishing) {
      return; // finish() bounds the drain by the same deadline
    }
    int status = 0;
    if (capture != null) {
      List<String> running = capture.runningTasks();
      if (!running.isEmpty()) {
        log.warning(
            "capture tasks did not wind down within the stop grace of "
                + options.stopGrace()
                + "; exiting without them (what they had not committed is captured again at the next"
                + " start)",
            Fields.of("running_task_count", running.size(), "running_tasks", running));
      }
      status = capture.firstError() != null ? 1 : 0;
    }
    finish(status);
  }

  private void finishIfIdle() {
    if (inFlight == 0 && capture == null && !openReceived && (inputEnded || terminating)) {
      finish(0);
    }
  }

  /**
   * Ends the session with {@code status} once everything submitted is written, or when the stop
   * grace ends (counted from the stop if stopping, else from now) with status 1 and one line saying
   * how many committed transactions stdout did not take.
   */
  private void finish(int status) {
    if (finishing) {
      return;
    }
    finishing = true;
    Future<Void> drained = writer.drain();
    if (drained.isComplete()) {
      exitDrained(status, drained);
      return;
    }
    long remaining =
        stopClockStarted ? stopDeadline - System.nanoTime() : options.stopGrace().toNanos();
    if (remaining <= 0) {
      exitUnwritten();
      return;
    }
    long timer =
        context
            .owner()
            .setTimer(Math.max(1, TimeUnit.NANOSECONDS.toMillis(remaining)), id -> exitUnwritten());
    drained.onComplete(
        ar -> {
          context.owner().cancelTimer(timer);
          exitDrained(status, ar);
        });
  }

  private void exitDrained(int status, AsyncResult<Void> drained) {
    if (exit.future().isComplete()) {
      return;
    }
    if (drained.failed()) {
      if (status == 0) {
        errors.report(drained.cause());
      }
      exit.tryComplete(1);
    } else {
      exit.tryComplete(status);
    }
  }

  private void exitUnwritten() {
    if (exit.future().isComplete()) {
      return;
    }
    int unwritten = writer.unwrittenTransactions();
    String grace = " within the stop grace of " + options.stopGrace();
    if (unwritten > 0) {
      log.error(
          unwritten
              + " committed transaction(s) were not written to stdout"
              + grace
              + " (stdout is not being read); nothing is lost: they are captured again at the next"
              + " start",
          Fields.of("unwritten_transactions", unwritten));
    } else {
      log.error("the last response was not written to stdout" + grace);
    }
    exit.tryComplete(1);
  }
}
