package flowcdk.connector;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import flowcdk.common.context.BindingScope;
import flowcdk.common.context.CaptureContext;
import flowcdk.common.context.ConnectorStatus;
import flowcdk.common.http.HttpSession;
import flowcdk.connector.http.HttpSettings;
import flowcdk.connector.state.ResourceState;
import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.log.Level;
import flowcdk.runtime.log.Log;
import flowcdk.runtime.log.LogFormat;
import flowcdk.runtime.log.LogWriter;
import flowcdk.runtime.log.Logging;
import flowcdk.runtime.log.Redactor;
import flowcdk.runtime.output.MemoryBudget;
import flowcdk.runtime.output.OutputWriter;
import flowcdk.runtime.output.Transactor;
import flowcdk.runtime.protocol.Range;
import flowcdk.runtime.task.Task;
import flowcdk.runtime.task.TaskFailedException;
import flowcdk.runtime.task.TaskScope;
import flowcdk.testing.ManualClock;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs strategies on a real Vert.x context with a {@link ManualClock}, capturing stdout and the log
 * lines. The clock is advanced on the capture's context, as the capture's own timers would be.
 */
// "try": close() may throw InterruptedException, which every test using it declares.
@SuppressWarnings("try")
final class Harness implements AutoCloseable {

  static final Instant START = Instant.parse("2024-05-01T12:00:00Z");
  static final long TIMEOUT_SECONDS = 20;

  static final class Buffer extends ByteArrayOutputStream {
    /** Counted down when a write finds the buffer stalled. */
    final CountDownLatch stalled = new CountDownLatch(1);

    private volatile CountDownLatch gate;

    /** From now on writes block until {@link #unstall()}, as a pipe nobody reads. */
    void stall() {
      gate = new CountDownLatch(1);
    }

    /** Lets blocked and later writes through. */
    void unstall() {
      CountDownLatch g = gate;
      if (g != null) {
        g.countDown();
      }
    }

    // Waits for the gate outside the lock on purpose, then writes under it (through super).
    @SuppressWarnings("UnsynchronizedOverridesSynchronized")
    @Override
    public void write(byte[] b, int off, int len) {
      CountDownLatch g = gate;
      if (g != null) {
        stalled.countDown();
        try {
          g.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      super.write(b, off, len);
    }

    @Override
    public synchronized String toString() {
      return new String(toByteArray(), StandardCharsets.UTF_8);
    }
  }

  final Vertx vertx = Vertx.vertx();
  final Context context = vertx.getOrCreateContext();
  final Buffer out = new Buffer();
  final OutputWriter writer;
  final Buffer logs = new Buffer();
  final LogWriter previousLogWriter =
      Logging.install(new LogWriter(logs, LogFormat.JSON, Level.DEBUG, new Redactor()));
  final ManualClock clock = new ManualClock(START);

  /** The clock of the status logger, kept apart so strategy tests count only their own sleepers. */
  ManualClock statusClock = new ManualClock(START);

  /** After how long a still-running blocking fetch is reported; set before {@link #start}. */
  Duration stuckCallWarning = CaptureContext.STUCK_CALL_WARNING;

  /** The part of the key space the capture claims; set before {@link #start}. */
  Range range = Range.FULL;

  final TaskScope scope;
  private Future<Void> capture;

  /** The context of the capture {@link #start} started. */
  private CaptureContext captureContext;

  Harness() throws Exception {
    this(1 << 20);
  }

  /** A harness whose stdout makes producers wait once {@code maxQueuedBytes} are queued. */
  Harness(long maxQueuedBytes) throws Exception {
    writer = new OutputWriter(out, maxQueuedBytes).start();
    Path spill = Files.createTempDirectory("strategies");
    scope =
        new TaskScope(
            context,
            new Transactor(writer, false),
            new MemoryBudget(64L << 20),
            TaskScope.DEFAULT_TASK_MEMORY,
            spill,
            Log.root());
  }

  /** A binding of resource {@code name} (path {@code [name]}), index {@code index}. */
  BindingContext<String, RawJson> binding(
      Task root,
      int index,
      String name,
      String resourceConfig,
      List<String> key,
      ResourceState state) {
    return new BindingContext<>(
        new BindingScope<>(
            index,
            "config",
            RawJson.parse(resourceConfig),
            RawJson.parse(resourceConfig),
            name,
            List.of(name),
            key,
            RawJson.parse("{\"type\":\"object\"}"),
            name,
            state,
            Map.of(),
            contextOf(root),
            "acmeCo/my-capture"));
  }

  /**
   * The context of the capture in {@code root}: the one {@link #start} created, or for another root
   * a new one (kept for that root's later bindings) whose status logger runs on the strategies'
   * clock.
   */
  private CaptureContext contextOf(Task root) {
    if (captureContext == null || captureContext.root() != root) {
      captureContext = newContext(root, clock);
    }
    return captureContext;
  }

  /** A context for {@code root} with its status logger started on {@code logClock}. */
  private CaptureContext newContext(Task root, ManualClock logClock) {
    ConnectorStatus status = ConnectorStatus.detached(root.log());
    status.start(logClock, root.stopping());
    HttpSession http =
        new HttpSession(root.vertx(), clock, root.stopping(), root.log(), HttpSettings.defaults());
    return new CaptureContext(root, clock, status, stuckCallWarning, http, range);
  }

  /** Starts the capture with {@code open} as the root task's work. */
  void start(Function<Task, Future<?>> open) {
    capture =
        scope.run(
            root -> {
              captureContext = newContext(root, statusClock);
              return open.apply(root);
            });
  }

  /** Runs {@code action} on the capture's context and waits for it. */
  <T> T onContext(Supplier<T> action) throws Exception {
    CompletableFuture<T> result = new CompletableFuture<>();
    context.runOnContext(
        v -> {
          try {
            result.complete(action.get());
          } catch (Throwable e) {
            result.completeExceptionally(e);
          }
        });
    return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  /** Advances the clock on the capture's context. */
  void advance(Duration duration) throws Exception {
    onContext(
        () -> {
          clock.advance(duration);
          return null;
        });
  }

  /** Waits until {@code condition} holds (checked on the capture's context). */
  void until(String what, BooleanSupplier condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (!onContext(condition::getAsBoolean)) {
      if (System.nanoTime() > deadline) {
        fail("timed out waiting for " + what + "\nstdout:\n" + out + "\nlogs:\n" + logs);
      }
      Thread.sleep(2);
    }
  }

  /** Waits until {@code n} sleepers wait on the clock. */
  void sleepers(int n) throws Exception {
    until(n + " sleepers", () -> clock.pendingDeadlines().size() == n);
  }

  /** Sets the stopping signal. */
  void stop() {
    scope.stopping().set("test");
  }

  /** Waits for the capture to finish successfully. */
  void awaitDone() throws Exception {
    capture.toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    writer.drain().toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  /** Waits for the capture to finish successfully, without waiting for stdout. */
  void awaitCapture() throws Exception {
    capture.toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  /** Waits for the capture to fail; the first failing task's error. */
  TaskFailedException awaitFailure() throws Exception {
    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () ->
                capture
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    writer.drain().toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!(e.getCause() instanceof TaskFailedException failed)) {
      throw new AssertionError("expected a task failure", e.getCause());
    }
    return failed;
  }

  /** The root cause message of a task failure. */
  static String message(TaskFailedException failure) {
    return failure.getCause().getMessage();
  }

  /** The stdout lines so far (after draining). */
  List<String> stdout() throws Exception {
    writer.drain().toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    String text = out.toString(UTF_8);
    return text.isEmpty() ? List.of() : List.of(text.split("\n"));
  }

  /** The checkpoint lines' {@code updated} states. */
  List<String> checkpoints() throws Exception {
    List<String> states = new ArrayList<>();
    for (String line : stdout()) {
      if (line.startsWith("{\"checkpoint\"")) {
        states.add(
            line.substring(
                "{\"checkpoint\":{\"state\":{\"updated\":".length(),
                line.length() - ",\"mergePatch\":true}}}".length()));
      }
    }
    return states;
  }

  /** The log lines, parsed. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> logLines() {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (String line : logs.toString(UTF_8).lines().toList()) {
      if (!line.isBlank()) {
        lines.add((Map<String, Object>) JsonValues.read(RawJson.parse(line)));
      }
    }
    return lines;
  }

  /** The log lines with message {@code msg}. */
  List<Map<String, Object>> logs(String msg) {
    return logLines().stream().filter(l -> msg.equals(l.get("msg"))).toList();
  }

  /** The {@code fields} of the only log line with message {@code msg}, without {@code file}. */
  @SuppressWarnings("unchecked")
  Map<String, Object> fields(String msg) {
    List<Map<String, Object>> found = logs(msg);
    if (found.size() != 1) {
      fail("expected one log line \"" + msg + "\", found " + found.size() + ":\n" + logs);
    }
    return (Map<String, Object>) found.get(0).get("fields");
  }

  /** The {@code fields} of a log line as compact JSON (without {@code file}). */
  String fieldsJson(String msg) {
    Map<String, Object> fields = new java.util.LinkedHashMap<>(fields(msg));
    fields.remove("file");
    return JsonValues.toRawJson(fields).toString();
  }

  @Override
  public void close() throws Exception {
    out.unstall();
    Logging.install(previousLogWriter);
    writer.close();
    vertx.close().toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }
}
