package flowcdk.connector;

import flowcdk.runtime.task.ExpectedFailure;

/**
 * An expected failure the user can act on — a lost database connection, a permission the
 * connector's user lacks, a table that was dropped, a state the connector cannot resume — as
 * opposed to a bug. Its message says what is wrong and what to do; the runtime logs it in one ERROR
 * line without a stack trace (the cause, if any, is kept for tests and debuggers) and exits 1.
 *
 * <p>Throw it from a fetch or a handler, with a message naming the binding or field concerned:
 *
 * <pre>{@code
 * throw new ActionableException(
 *     "table public.orders: permission denied; GRANT SELECT ON public.orders TO flow_capture");
 * }</pre>
 */
public class ActionableException extends RuntimeException implements ExpectedFailure {

  /** A failure described by {@code message}: what is wrong and what to do. */
  public ActionableException(String message) {
    super(message);
  }

  /** A failure described by {@code message}, caused by {@code cause}. */
  public ActionableException(String message, Throwable cause) {
    super(message, cause);
  }
}
