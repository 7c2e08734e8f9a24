package flowcdk.common.strategy;

/**
 * What cancels a blocking call when the capture stops, e.g. {@code statement::cancel} for a JDBC
 * query; registered with {@link BlockingSink#onStop(CancelAction)}. It runs on the thread that
 * stopped the capture, so it must return promptly; an exception it throws is logged as a warning.
 */
@FunctionalInterface
public interface CancelAction {

  /** Cancels the blocking call in progress. */
  void cancel() throws Exception;
}
