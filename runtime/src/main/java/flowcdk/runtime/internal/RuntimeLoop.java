package flowcdk.runtime.internal;

import flowcdk.runtime.Connector;
import flowcdk.runtime.RuntimeOptions;
import flowcdk.runtime.log.LibraryLogs;
import flowcdk.runtime.log.Log;
import flowcdk.runtime.output.OutputWriter;
import flowcdk.runtime.protocol.MalformedRequestException;
import flowcdk.runtime.protocol.Request;
import flowcdk.runtime.protocol.RequestReader;
import flowcdk.runtime.protocol.ResponseWriter;
import flowcdk.runtime.protocol.SpecRequest;
import flowcdk.runtime.protocol.SpecResponse;
import io.vertx.core.Context;
import io.vertx.core.Future;
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
import java.util.function.Consumer;

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
    // Before Vert.x or Netty is used: their logs (and java.util.logging's, when anything starts it)
    // reach the ops log without starting java.util.logging now.
    LibraryLogs.route();
    // The reader starts first: it parses the first requests while the runtime starts.
    Inbox inbox = new Inbox();
    AtomicBoolean over = new AtomicBoolean();
    Thread reader = new Thread(() -> read(in, inbox, over), "flowcdk-stdin");
    reader.setDaemon(true);
    reader.start();
    Consumer<String> stopping = reason -> inbox.put(new Inbox.Stopped(reason));
    if (options.handleSignals()) {
      Signals.onTerminate(() -> stopping.accept("SIGTERM"));
    }
    stop.bind(stopping);

    Inbox.Item first;
    try {
      first = answerSpecsUntilNeeded(connector, inbox, out);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } catch (IOException e) {
      // stdout is gone (Flow closed the pipe): nobody is left to answer
      Log.root().error("writing the spec response to stdout failed: " + e.getMessage());
      return 1;
    }
    if (first == null) {
      over.set(true);
      return 0;
    }
    int code = serve(connector, options, inbox, first, out);
    // Wake the reader if it is blocked on stdin (interruptible for the process's own stdin, see
    // ConnectorRuntime): a thread left in a native read delays the JVM's exit by ~300 ms.
    over.set(true);
    reader.interrupt();
    return code;
  }

  /**
   * Answers {@code spec} requests before the runtime starts, if the connector answers them at once
   * without it ({@link Connector#answersSpecAtOnce()}): a process asked only for its spec then
   * never starts Vert.x, its threads or its logging. Returns the first item that needs the runtime,
   * or null when stdin ended first.
   */
  private static Inbox.Item answerSpecsUntilNeeded(
      Connector connector, Inbox inbox, OutputStream out) throws InterruptedException, IOException {
    while (true) {
      Inbox.Item item = inbox.take();
      if (item instanceof Inbox.Ended) {
        out.flush();
        return null;
      }
      if (!(item instanceof Inbox.Arrived arrived)
          || !(arrived.request() instanceof SpecRequest spec)
          || !connector.answersSpecAtOnce()) {
        return item;
      }
      Future<SpecResponse> answer;
      try {
        answer = connector.spec(spec);
      } catch (RuntimeException e) {
        return item; // a bug: the session calls it again and reports the failure
      }
      if (!answer.succeeded()) {
        return item; // not at once after all, or failed: the session answers (or reports) it
      }
      out.write(ResponseWriter.line(answer.result()));
      out.flush();
    }
  }

  /** Starts the runtime, hands it {@code first} and everything after, and waits for its end. */
  private static int serve(
      Connector connector,
      RuntimeOptions options,
      Inbox inbox,
      Inbox.Item first,
      OutputStream out) {
    Vertx vertx = Vertx.vertx(VertxSetup.options());
    OutputWriter writer = new OutputWriter(out, options.maxQueuedOutputBytes()).start();
    CompletableFuture<Integer> status = new CompletableFuture<>();
    Context context = vertx.getOrCreateContext();
    Promise<Integer> exit = Promise.promise();
    exit.future().onComplete(ar -> status.complete(ar.succeeded() ? ar.result() : 1));
    ProtocolSession session = new ProtocolSession(connector, options, context, writer, exit);
    // Before any request: the items below are delivered on this same context, in order.
    context.runOnContext(v -> session.start());
    inbox.handOver(first, item -> deliver(context, () -> dispatch(session, item)));

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
    // An event-loop thread idle in epoll_wait is in native code: wait (briefly) for the loops to
    // terminate so that the exit that follows does not wait for them.
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

  private static void dispatch(ProtocolSession session, Inbox.Item item) {
    if (item instanceof Inbox.Arrived arrived) {
      session.onRequest(arrived.request());
    } else if (item instanceof Inbox.Malformed malformed) {
      session.fail(malformed.error());
    } else if (item instanceof Inbox.Ended) {
      session.onInputEnded();
    } else if (item instanceof Inbox.Stopped stopped) {
      session.onTerminate(stopped.reason());
    }
  }

  private static void read(InputStream in, Inbox inbox, AtomicBoolean over) {
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
                inbox.put(
                    new Inbox.Malformed(
                        new ProtocolException(
                            "malformed request on line "
                                + lineNumber
                                + " of stdin: "
                                + e.getMessage())));
                return false;
              }
              return inbox.put(new Inbox.Arrived(request));
            }

            @Override
            public void tooLong(long lineNumber, long maxBytes) {
              inbox.put(new Inbox.Malformed(new ProtocolException(limit.tooLong(lineNumber))));
            }
          });
      inbox.put(new Inbox.Ended());
    } catch (IOException e) {
      if (over.get()) {
        return; // the session has ended and closed stdin to stop this reader
      }
      inbox.put(
          new Inbox.Malformed(new ProtocolException("reading stdin failed: " + e.getMessage())));
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
