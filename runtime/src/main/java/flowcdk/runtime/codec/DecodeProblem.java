package flowcdk.runtime.codec;

import java.util.Objects;

/**
 * One problem found while decoding a document: where it is and what is wrong.
 *
 * @param pointer the RFC 6901 JSON pointer of the offending value within the decoded document
 *     ({@code ""} for the document itself)
 * @param message what is wrong, e.g. {@code expected a string, found a number 5}
 */
public record DecodeProblem(String pointer, String message) {

  /** Checks that both components are present. */
  public DecodeProblem {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /** {@code /a/b: message}; the document itself is shown as {@code /}. */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
  }
}
