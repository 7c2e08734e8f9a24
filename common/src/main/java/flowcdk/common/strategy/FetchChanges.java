package flowcdk.common.strategy;

import flowcdk.common.state.LogCursor;
import io.vertx.core.Future;

/**
 * Incremental capture: fetch the changes since {@code cursor}, giving documents and then a strictly
 * greater cursor to the sink, until no more changes are readily available. Completing without any
 * checkpoint means "idle": the strategy waits for the resource's interval before asking again.
 * Completing after documents without a final cursor is an error (there is no rollback).
 */
@FunctionalInterface
public interface FetchChanges {
  /** Fetches the changes after {@code cursor}. */
  Future<Void> fetch(LogCursor cursor, ChangeSink sink) throws Exception;
}
