package flowcdk.connector;

import flowcdk.runtime.task.ExpectedFailure;
import java.util.List;

/**
 * A request cannot be served as given, for reasons the user must fix (a wrong config field, an
 * unreachable host, a missing table). The runtime logs every message in one ERROR line, without a
 * stack trace, and exits 1.
 *
 * <p>The message is the single message verbatim, or, for several, {@code "Multiple validation
 * errors:\n - first\n - second"} as Estuary's Python CDK writes it.
 */
public final class ValidationException extends RuntimeException implements ExpectedFailure {

  private final List<String> messages;

  /** One or more messages, each a complete sentence saying what is wrong and how to fix it. */
  public ValidationException(List<String> messages) {
    super(format(messages), null, false, false);
    this.messages = List.copyOf(messages);
  }

  /** A single message. */
  public ValidationException(String message) {
    this(List.of(message));
  }

  /** The messages, in the order given. */
  public List<String> messages() {
    return messages;
  }

  private static String format(List<String> messages) {
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one message");
    }
    return messages.size() == 1
        ? messages.get(0)
        : "Multiple validation errors:\n - " + String.join("\n - ", messages);
  }
}
