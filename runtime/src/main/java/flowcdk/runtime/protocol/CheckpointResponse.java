package flowcdk.runtime.protocol;

import flowcdk.runtime.json.RawJson;

/**
 * A checkpoint (JSON key {@code checkpoint}): commits the documents captured since the previous
 * checkpoint together with a connector-state update, atomically. Written as {@code
 * {"checkpoint":{"state":{"updated":{...},"mergePatch":true}}}}; {@code mergePatch} is always
 * written.
 *
 * @param updated the connector-state update (a JSON object)
 * @param mergePatch true to apply {@code updated} to the persisted state as an RFC 7396 JSON merge
 *     patch (objects merge, {@code null} deletes a key); false to replace the whole state with it
 */
public record CheckpointResponse(RawJson updated, boolean mergePatch) implements Response {

  /**
   * Creates the record. Checks that the update is a JSON object.
   *
   * @param updated see {@link #updated()}
   * @param mergePatch see {@link #mergePatch()}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a value is out of range or not a JSON object
   */
  public CheckpointResponse {
    Checks.object(updated, "updated");
  }
}
