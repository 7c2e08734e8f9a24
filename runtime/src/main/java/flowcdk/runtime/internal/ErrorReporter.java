package flowcdk.runtime.internal;

import flowcdk.runtime.log.Log;
import flowcdk.runtime.output.AcknowledgementException;
import flowcdk.runtime.task.ExpectedFailure;
import flowcdk.runtime.task.TaskFailedException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Turns the error that ends the process into its one ERROR line, by kind:
 *
 * <ul>
 *   <li>an {@link ExpectedFailure} (the author API's {@code ValidationException} and {@code
 *       ActionableException}): its message, no stack trace (the user's to fix);
 *   <li>a malformed request, a protocol error or a task failure: the message alone (a failing
 *       task's stack trace was already logged when it failed);
 *   <li>anything else is a bug: the message with the stack trace in {@code fields.traceback}.
 * </ul>
 */
final class ErrorReporter {

  private final Log log;

  ErrorReporter(Log log) {
    this.log = log;
  }

  void report(Throwable error) {
    Throwable e = unwrap(error);
    if (e instanceof ExpectedFailure
        || e instanceof ProtocolException
        || e instanceof AcknowledgementException
        || e instanceof TaskFailedException) {
      log.error(e.getMessage());
    } else {
      String message = e.getMessage();
      log.error(
          "internal error: " + e.getClass().getName() + (message == null ? "" : ": " + message), e);
    }
  }

  private static Throwable unwrap(Throwable error) {
    Throwable e = error;
    while ((e instanceof CompletionException || e instanceof ExecutionException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }
}
