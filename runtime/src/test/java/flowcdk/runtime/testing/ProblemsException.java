package flowcdk.runtime.testing;

import flowcdk.runtime.task.ExpectedFailure;
import java.util.List;

/**
 * The test connector's stand-in for the author API's {@code ValidationException} (which lives in
 * the module above the runtime): an expected failure listing problems in the same text.
 */
final class ProblemsException extends RuntimeException implements ExpectedFailure {

  ProblemsException(List<String> problems) {
    super(
        problems.size() == 1
            ? problems.get(0)
            : "Multiple validation errors:\n - " + String.join("\n - ", problems),
        null,
        false,
        false);
  }
}
