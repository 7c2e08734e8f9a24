package flowcdk.runtime.protocol;

import flowcdk.runtime.json.RawJson;

/**
 * One captured document (JSON key {@code captured}). It becomes part of the current transaction,
 * which the next {@link CheckpointResponse} commits.
 *
 * @param binding the index of the binding in {@link CaptureSpec#bindings()} the document belongs to
 * @param doc the document (a JSON object), written as is
 */
public record CapturedResponse(int binding, RawJson doc) implements Response {

  /**
   * Creates the record. Checks that the binding index is not negative and that the document is an
   * object.
   *
   * @param binding see {@link #binding()}
   * @param doc see {@link #doc()}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a value is out of range or not a JSON object
   */
  public CapturedResponse {
    Checks.nonNegative(binding, "binding");
    Checks.object(doc, "doc");
  }
}
