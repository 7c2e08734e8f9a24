package flowcdk.connector;

import flowcdk.connector.state.LogCursor;
import flowcdk.connector.state.PageCursor;
import flowcdk.runtime.codec.JsonCodec;
import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.task.CaptureStoppedException;
import flowcdk.runtime.task.DocumentWriter;
import flowcdk.runtime.task.StopSignal;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Blocking fetch functions (JDBC-style sources) for the strategies: write the fetch in one of the
 * shapes below, with a sink whose calls return when done, and adapt it with {@link #changes},
 * {@link #pages}, {@link #recurringPages} or {@link #snapshot}. Each invocation runs on a Vert.x
 * worker ({@code executeBlocking}, unordered: a strategy awaits each fetch before the next, so a
 * binding's fetches never overlap, while different bindings' fetches run in parallel on the worker
 * pool — ordered execution would serialize every binding of the capture, which shares one context),
 * and its sink's checkpoints wait for the back-pressure future on that worker thread. The event
 * loop is never blocked; a blocking sink used on an event-loop thread refuses to wait.
 *
 * <pre>{@code
 * Strategies.forBinding(binding)
 *     .incremental(Blocking.changes((cursor, sink) -> table.readChanges(cursor, sink)))
 *     .open();
 * }</pre>
 *
 * <p>Stopping: once the capture is stopping, a checkpoint waiting on back-pressure wakes at once
 * and every sink call throws a {@link CaptureStoppedException}, which ends the fetch, and its task,
 * without error and without committing anything more; actions registered with {@link
 * Sink#onStop(CancelAction)} run, to cancel a call blocked in the source.
 *
 * <p>A fetch still running after a minute (a query waiting on a locked table) is logged once, as a
 * warning naming its task (which carries the binding's name) and how long it has been running.
 */
public final class Blocking {

  private Blocking() {}

  /** A blocking {@link Fetch.Changes}: returns when no more changes are readily available. */
  @FunctionalInterface
  public interface Changes {
    /** Fetches the changes after {@code cursor}. */
    void fetch(LogCursor cursor, Sink.Changes sink) throws Exception;
  }

  /** A blocking {@link Fetch.Page}. */
  @FunctionalInterface
  public interface Page {
    /** Fetches one (or more) pages from {@code page}. */
    void fetch(PageCursor page, LogCursor cutoff, Sink.Page sink) throws Exception;
  }

  /** A blocking {@link Fetch.RecurringPage}. */
  @FunctionalInterface
  public interface RecurringPage {
    /** Fetches one (or more) pages from {@code page}. */
    void fetch(PageCursor page, LogCursor cutoff, boolean connectorInitiated, Sink.Page sink)
        throws Exception;
  }

  /** A blocking {@link Fetch.Snapshot}. */
  @FunctionalInterface
  public interface Snapshot {
    /** Gives the whole resource to {@code sink}. */
    void fetch(Sink sink) throws Exception;
  }

  /**
   * What cancels a blocking call when the capture stops, e.g. {@code statement::cancel} for a JDBC
   * query; registered with {@link Sink#onStop(CancelAction)}. It runs on the thread that stopped
   * the capture, so it must return promptly; an exception it throws is logged as a warning.
   */
  @FunctionalInterface
  public interface CancelAction {
    /** Cancels the blocking call in progress. */
    void cancel() throws Exception;
  }

  /**
   * The sink of a blocking fetch, used from the worker thread the fetch runs on. Documents go into
   * the task's pending transaction as with {@link flowcdk.connector.Sink}.
   *
   * <p>Once the capture is stopping, every call throws a {@link CaptureStoppedException} (and a
   * checkpoint waiting for stdout is woken with one): let it propagate, the fetch then ends without
   * error and its uncommitted documents are captured again at the next start. A call blocked in the
   * source is cancelled with {@link #onStop(CancelAction)}.
   */
  public interface Sink {

    /** A document for this binding, already JSON (must be an object). */
    void document(RawJson document);

    /** A document for this binding, serialized straight into the task's buffer. */
    void document(DocumentWriter writer);

    /**
     * A document for this binding made of maps, lists, strings, numbers, booleans and nulls (a
     * generic document), serialized straight into the task's buffer as {@code JsonValues} writes
     * them. Its top level must be a map.
     */
    default void document(Map<String, ?> document) {
      document(g -> JsonValues.write(g, document));
    }

    /** A typed document for this binding, written with its generated codec. */
    default <T> void document(T document, JsonCodec<T> codec) {
      document(g -> codec.write(g, document));
    }

    /**
     * A document for another binding, committed with this binding's next checkpoint
     * (docs/strategies.md#documents-for-other-bindings).
     */
    void documentFor(int binding, RawJson document);

    /**
     * Declares this binding's current document schema, committed with its next checkpoint: see
     * {@link flowcdk.connector.Sink#sourcedSchema(RawJson)}.
     *
     * @param schema a JSON schema (an object), written as given
     * @throws IllegalArgumentException if {@code schema} is not a JSON object
     */
    void sourcedSchema(RawJson schema);

    /**
     * Registers {@code cancel} to run once if the capture stops before the returned registration is
     * closed, so a blocking call waiting on the source (a query on a locked table) ends at once
     * instead of holding the stop. Close it when the call is over, with try-with-resources:
     *
     * <pre>{@code
     * try (PreparedStatement statement = connection.prepareStatement(sql);
     *     var cancel = sink.onStop(statement::cancel);
     *     ResultSet rows = statement.executeQuery()) {
     *   while (rows.next()) {
     *     sink.document(Rows.document(rows, columns));
     *   }
     * }
     * }</pre>
     *
     * Once the action has run, the fetch's failure (e.g. the driver's "statement cancelled" {@code
     * SQLException}) is taken as the stop, not as an error. Registrations still open when the fetch
     * returns are closed then, so none outlives its fetch. Sinks outside a capture (tests' own
     * sinks) ignore the action.
     */
    default StopSignal.Registration onStop(CancelAction cancel) {
      return () -> {};
    }

    /** The sink of a blocking incremental fetch: each call returns when done. */
    interface Changes extends Sink {

      /**
       * Commits the documents so far with {@code cursor}, waiting (on the worker thread) until the
       * capture may take more (back-pressure).
       *
       * @throws IllegalStateException on a cursor type or order error
       */
      void checkpoint(LogCursor cursor);

      /**
       * Commits the documents so far with a backfill request and stops the capture
       * (docs/strategies.md#backfill-triggers).
       */
      void triggerBackfill();
    }

    /** The sink of a blocking backfill fetch: each call returns when done. */
    interface Page extends Sink {

      /**
       * Commits the documents so far with {@code next} as the next page, waiting (on the worker
       * thread) until the capture may take more.
       */
      void checkpoint(PageCursor next);

      /**
       * Commits the documents so far with an object cursor patch (docs/strategies.md#page-cursors).
       */
      void checkpointPatch(RawJson objectPatch);
    }
  }

  /** {@code fetch} as a {@link Fetch.Changes}. */
  public static Fetch.Changes changes(Changes fetch) {
    return (cursor, sink) -> {
      WorkerSinks.ChangesOnWorker blocking = new WorkerSinks.ChangesOnWorker(sink);
      return WorkerSinks.onWorker(
          "Blocking.Changes fetch", blocking, () -> fetch.fetch(cursor, blocking));
    };
  }

  /** {@code fetch} as a {@link Fetch.Page}. */
  public static Fetch.Page pages(Page fetch) {
    return (page, cutoff, sink) -> {
      WorkerSinks.PagesOnWorker blocking = new WorkerSinks.PagesOnWorker(sink);
      return WorkerSinks.onWorker(
          "Blocking.Page fetch", blocking, () -> fetch.fetch(page, cutoff, blocking));
    };
  }

  /** {@code fetch} as a {@link Fetch.RecurringPage}. */
  public static Fetch.RecurringPage recurringPages(RecurringPage fetch) {
    return (page, cutoff, initiated, sink) -> {
      WorkerSinks.PagesOnWorker blocking = new WorkerSinks.PagesOnWorker(sink);
      return WorkerSinks.onWorker(
          "Blocking.RecurringPage fetch",
          blocking,
          () -> fetch.fetch(page, cutoff, initiated, blocking));
    };
  }

  /** {@code fetch} as a {@link Fetch.Snapshot}. */
  public static Fetch.Snapshot snapshot(Snapshot fetch) {
    return sink -> {
      WorkerSinks.Documents blocking = new WorkerSinks.Documents(sink);
      return WorkerSinks.onWorker("Blocking.Snapshot fetch", blocking, () -> fetch.fetch(blocking));
    };
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
}
