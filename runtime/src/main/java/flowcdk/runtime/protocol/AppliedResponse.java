package flowcdk.runtime.protocol;

/**
 * The answer to {@link ApplyRequest} (JSON key {@code applied}).
 *
 * @param actionDescription a human-readable description of what the connector changed at the
 *     endpoint; {@code ""} when it did nothing (the usual case for captures)
 */
public record AppliedResponse(String actionDescription) implements Response {

  /**
   * Creates the record. Checks that the description is not null.
   *
   * @param actionDescription see {@link #actionDescription()}
   * @throws NullPointerException if a component is null
   */
  public AppliedResponse {
    Checks.notNull(actionDescription, "actionDescription");
  }
}
