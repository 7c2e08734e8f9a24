package flowcdk.runtime.codec;

import java.util.List;

/**
 * A document could not be decoded into its model type; {@link #problems()} lists every problem
 * found, in document order.
 *
 * <p>The message names the type and lists one problem per line, for example:
 *
 * <pre>
 * 2 problems decoding EndpointConfig:
 *  - /credentials/access_token: expected a string, found a number 5
 *  - /start_date: expected an RFC 3339 date-time such as 2024-01-02T03:04:05Z, found a string "yesterday"
 * </pre>
 *
 * At most {@value #MAX_LISTED} problems are listed in the message; {@link #problems()} has all.
 */
public final class DecodeException extends Exception {

  private static final long serialVersionUID = 1L;

  /** How many problems the message lists before summarising the rest. */
  public static final int MAX_LISTED = 50;

  private final String typeName;
  private final transient List<DecodeProblem> problems;

  /**
   * Creates the exception.
   *
   * @param typeName the model type being decoded, as shown to users (e.g. {@code EndpointConfig})
   * @param problems the problems, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public DecodeException(String typeName, List<DecodeProblem> problems) {
    super(message(typeName, problems));
    this.typeName = typeName;
    this.problems = List.copyOf(problems);
  }

  /** The model type that was being decoded. */
  public String typeName() {
    return typeName;
  }

  /** Every problem found, in the order they were encountered; never empty. */
  public List<DecodeProblem> problems() {
    return problems;
  }

  private static String message(String typeName, List<DecodeProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a DecodeException needs at least one problem");
    }
    int count = problems.size();
    StringBuilder message = new StringBuilder();
    message.append(count).append(count == 1 ? " problem" : " problems");
    message.append(" decoding ").append(typeName).append(':');
    for (int i = 0; i < count && i < MAX_LISTED; i++) {
      message.append("\n - ").append(problems.get(i));
    }
    if (count > MAX_LISTED) {
      message.append("\n - ... and ").append(count - MAX_LISTED).append(" more");
    }
    return message.toString();
  }
}
