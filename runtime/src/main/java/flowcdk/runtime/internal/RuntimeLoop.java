package flowcdk.runtime.internal;

import flowcdk.runtime.Connector;
import flowcdk.runtime.RuntimeOptions;
import flowcdk.runtime.log.JulBridge;
import flowcdk.runtime.output.OutputWriter;
import flowcdk.runtime.protocol.MalformedRequestException;
import flowcdk.runtime.protocol.Request;
import flowcdk.runtime.protocol.RequestReader;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Wires one run of a connector: a Vert.x instance and its event-loop context, the stdout writer,
 * the protocol session, and a reader thread that parses stdin lines and hands each request to the
 * event loop (so parsing a large request never blocks it).
 */
public final class RuntimeLoop {

  private static final long CLOSE_WAIT_SECONDS = 1;

  private RuntimeLoop() {}

  /** Serves requests from {@code in} until the session ends; returns the exit status. */
  public static int run(
      Connector connector, RuntimeOptions options, InputStream in, OutputStream out) {
    return run(connector, options, in, out, new StopHandle());
  }

  /**
   * Like {@link #run(Connector, RuntimeOptions, InputStream, OutputStream)}, and {@code stop} stops
   * the session gracefully, exactly as SIGTERM does (the command-line tool's {@code preview} uses
   * it).
   */
  public static int run(
      Connector connector,
      RuntimeOptions options,
      InputStream in,
      OutputStream out,
      StopHandle stop) {
    JulBridge.install();
    Vertx vertx = Vertx.vertx(VertxSetup.options());
    OutputWriter writer = new OutputWriter(out, options.maxQueuedOutputBytes()).start();
    CompletableFuture<Integer> status = new CompletableFuture<>();
    Context context = vertx.getOrCreateContext();
    // Start the event-loop thread now (its first task costs a few ms of thread and method-handle
    // set-up), in parallel with the rest of the wiring and the first request's parsing.
    context.runOnContext(v -> {});
    Promise<Integer> exit = Promise.promise();
    exit.future().onComplete(ar -> status.complete(ar.succeeded() ? ar.result() : 1));
    ProtocolSession session = new ProtocolSession(connector, options, context, writer, exit);
    // Before any request: the reader below delivers requests on this same context, in order.
    context.runOnContext(v -> session.start());

    if (options.handleSignals()) {
      Signals.onTerminate(() -> context.runOnContext(v -> session.onTerminate("SIGTERM")));
    }
    stop.bind(reason -> context.runOnContext(v -> session.onTerminate(reason)));
    AtomicBoolean over = new AtomicBoolean();
    Thread reader = new Thread(() -> read(in, context, session, over), "flowcdk-stdin");
    reader.setDaemon(true);
    reader.start();

    int code;
    try {
      code = status.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      code = 1;
    } catch (ExecutionException e) {
      code = 1;
    }
    writer.close();
    // Wake the reader if it is blocked on stdin (interruptible for the process's own stdin, see
    // ConnectorRuntime): a thread left in a native read delays the JVM's exit by ~300 ms.
    over.set(true);
    reader.interrupt();
    // Likewise an event-loop thread idle in epoll_wait is in native code: wait (briefly) for the
    // loops to terminate so that the exit that follows does not wait for them.
    try {
      vertx
          .close()
          .toCompletionStage()
          .toCompletableFuture()
          .get(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // closing is best effort: the session's outcome is already decided
    }
    return code;
  }

  private static void read(
      InputStream in, Context context, ProtocolSession session, AtomicBoolean over) {
    LineLimit limit = LineLimit.current();
    LineReader lines = new LineReader(in, limit.bytes());
    try {
      lines.readAll(
          new LineReader.Handler() {
            @Override
            public boolean line(byte[] bytes, int length, long lineNumber) {
              Request request;
              try {
                request = RequestReader.read(bytes, 0, length);
              } catch (MalformedRequestException e) {
                ProtocolException error =
                    new ProtocolException(
                        "malformed request on line " + lineNumber + " of stdin: " + e.getMessage());
                deliver(context, () -> session.fail(error));
                return false;
              }
              return deliver(context, () -> session.onRequest(request));
            }

            @Override
            public void tooLong(long lineNumber, long maxBytes) {
              ProtocolException error = new ProtocolException(limit.tooLong(lineNumber));
              deliver(context, () -> session.fail(error));
            }
          });
      deliver(context, session::onInputEnded);
    } catch (IOException e) {
      if (over.get()) {
        return; // the session has ended and closed stdin to stop this reader
      }
      ProtocolException error = new ProtocolException("reading stdin failed: " + e.getMessage());
      deliver(context, () -> session.fail(error));
    }
  }

  /**
   * Hands {@code action} to the event loop; false once the session is over and the loop is shut
   * down (input that arrives after the capture ended has nobody to serve it, and is dropped).
   */
  private static boolean deliver(Context context, Runnable action) {
    try {
      context.runOnContext(v -> action.run());
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }
}
