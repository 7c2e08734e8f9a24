package flowcdk.common.strategy;

import flowcdk.common.state.LogCursor;
import flowcdk.common.state.PageCursor;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.task.DocumentWriter;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Adapts blocking fetch functions to the strategies: each invocation runs on a Vert.x worker
 * ({@code executeBlocking}, unordered: a strategy awaits each fetch before the next, so a binding's
 * fetches never overlap, while different bindings' fetches run in parallel on the worker pool —
 * ordered execution would serialize every binding of the capture, which shares one context), and
 * its sink's checkpoints wait for the back-pressure future on that worker thread. The event loop is
 * never blocked; a blocking sink used on an event-loop thread refuses to wait.
 */
public final class Blocking {

  private Blocking() {}

  /** {@code fetch} as a {@link FetchChanges}. */
  public static FetchChanges changes(BlockingFetchChanges fetch) {
    return (cursor, sink) -> onWorker(() -> fetch.fetch(cursor, new Changes(sink)));
  }

  /** {@code fetch} as a {@link FetchPage}. */
  public static FetchPage pages(BlockingFetchPage fetch) {
    return (page, cutoff, sink) -> onWorker(() -> fetch.fetch(page, cutoff, new Pages(sink)));
  }

  /** {@code fetch} as a {@link FetchRecurringPage}. */
  public static FetchRecurringPage recurringPages(BlockingFetchRecurringPage fetch) {
    return (page, cutoff, initiated, sink) ->
        onWorker(() -> fetch.fetch(page, cutoff, initiated, new Pages(sink)));
  }

  /** {@code fetch} as a {@link FetchSnapshot}. */
  public static FetchSnapshot snapshot(BlockingFetchSnapshot fetch) {
    return sink -> onWorker(() -> fetch.fetch(new Documents(sink)));
  }

  /** Blocking work. */
  private interface Work {
    void run() throws Exception;
  }

  /**
   * Runs other blocking work on a worker of the current Vert.x context, unordered: a discovery
   * query in {@code CaptureConnector.resources}, an initial state read from the source, a check.
   * Call it on the capture's event loop and compose with the future it returns.
   *
   * @throws IllegalStateException if called outside a Vert.x context
   */
  public static <T> Future<T> call(Callable<T> work) {
    Context context = Vertx.currentContext();
    if (context == null) {
      throw new IllegalStateException(
          "blocking work must be started from the capture's Vert.x context");
    }
    return context.executeBlocking(work, false);
  }

  private static Future<Void> onWorker(Work work) {
    return call(
        () -> {
          work.run();
          return null;
        });
  }

  /** Waits for {@code future} on a worker thread, rethrowing its failure. */
  static void await(Future<Void> future) {
    if (Context.isOnEventLoopThread()) {
      throw new IllegalStateException(
          "a blocking sink must not wait on the event loop; run the fetch through Blocking");
    }
    CompletableFuture<Void> done = future.toCompletionStage().toCompletableFuture();
    try {
      done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a checkpoint", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause.getMessage(), cause);
    }
  }

  /** Documents, delegated as they come. */
  private static class Documents implements BlockingSink {
    private final Sink sink;

    Documents(Sink sink) {
      this.sink = sink;
    }

    @Override
    public void document(RawJson document) {
      sink.document(document);
    }

    @Override
    public void document(DocumentWriter writer) {
      sink.document(writer);
    }

    @Override
    public void documentFor(int binding, RawJson document) {
      sink.documentFor(binding, document);
    }

    @Override
    public void sourcedSchema(RawJson schema) {
      sink.sourcedSchema(schema);
    }
  }

  private static final class Changes extends Documents implements BlockingChangeSink {
    private final ChangeSink sink;

    Changes(ChangeSink sink) {
      super(sink);
      this.sink = sink;
    }

    @Override
    public void checkpoint(LogCursor cursor) {
      await(sink.checkpoint(cursor));
    }

    @Override
    public void triggerBackfill() {
      await(sink.triggerBackfill());
    }
  }

  private static final class Pages extends Documents implements BlockingPageSink {
    private final PageSink sink;

    Pages(PageSink sink) {
      super(sink);
      this.sink = sink;
    }

    @Override
    public void checkpoint(PageCursor next) {
      await(sink.checkpoint(next));
    }

    @Override
    public void checkpointPatch(RawJson objectPatch) {
      await(sink.checkpointPatch(objectPatch));
    }
  }
}
