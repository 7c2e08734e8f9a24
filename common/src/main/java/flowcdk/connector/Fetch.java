package flowcdk.connector;

import flowcdk.connector.state.LogCursor;
import flowcdk.connector.state.PageCursor;
import io.vertx.core.Future;

/**
 * The shapes of the functions the strategies call to read a source (docs/strategies.md). Each runs
 * on the capture's event loop and returns a future; for sources that block (JDBC), write the same
 * shape from {@link Blocking} and adapt it with {@link Blocking#changes}, {@link Blocking#pages},
 * {@link Blocking#recurringPages} or {@link Blocking#snapshot}.
 */
public final class Fetch {

  private Fetch() {}

  /**
   * Incremental capture: fetch the changes since {@code cursor}, giving documents and then a
   * strictly greater cursor to the sink, until no more changes are readily available. Completing
   * without any checkpoint means "idle": the strategy waits for the resource's interval before
   * asking again. Completing after documents without a final cursor is an error (there is no
   * rollback).
   */
  @FunctionalInterface
  public interface Changes {
    /** Fetches the changes after {@code cursor}. */
    Future<Void> fetch(LogCursor cursor, Sink.Changes sink) throws Exception;
  }

  /**
   * Backfill: fetch the page at {@code page} ({@link PageCursor#NONE} for the first), skipping what
   * changed at or after {@code cutoff} (incremental replication covers that); give the documents
   * and then the next page's cursor to the sink, or complete without a cursor at the end.
   */
  @FunctionalInterface
  public interface Page {
    /** Fetches one (or more) pages from {@code page}. */
    Future<Void> fetch(PageCursor page, LogCursor cutoff, Sink.Page sink) throws Exception;
  }

  /**
   * A {@link Page} fetch for resources with a re-backfill schedule, told whether this backfill was
   * started by the schedule ({@code connectorInitiated}) so it can do a cheaper refresh pass.
   */
  @FunctionalInterface
  public interface RecurringPage {
    /** Fetches one (or more) pages from {@code page}. */
    Future<Void> fetch(
        PageCursor page, LogCursor cutoff, boolean connectorInitiated, Sink.Page sink)
        throws Exception;
  }

  /**
   * Snapshot: give every document of the (small) resource to the sink, in a deterministic order;
   * the strategy numbers them ({@code _meta.row_id}), emits them only if they changed since the
   * last pass, and tombstones rows that disappeared.
   */
  @FunctionalInterface
  public interface Snapshot {
    /** Gives the whole resource to {@code sink}. */
    Future<Void> fetch(Sink sink) throws Exception;
  }
}
