package flowcdk.connector.state;

import flowcdk.runtime.json.RawJson;

/**
 * Builders of the checkpoint patches ({@code updated} of a {@code mergePatch: true} checkpoint)
 * that binding initialization at Open writes, in the Python CDK's shapes
 * (docs/strategies.md#checkpoint-shapes).
 */
public final class Checkpoints {

  private Checkpoints() {}

  /**
   * Clears a backfill request and the binding's state: {@code
   * {"bindingStateV1":{"K":null},"backfillRequests":{"K":null}}}.
   */
  public static RawJson clearBackfillRequest(String stateKey) {
    return StateJson.json(
        g -> {
          g.writeStartObject();
          g.writeObjectFieldStart("bindingStateV1");
          g.writeNullField(stateKey);
          g.writeEndObject();
          g.writeObjectFieldStart("backfillRequests");
          g.writeNullField(stateKey);
          g.writeEndObject();
          g.writeEndObject();
        });
  }

  /**
   * One binding's state, with only its present members: {@code {"bindingStateV1":{"K":{...}}}}.
   * Merged into the stored state, it sets those members and leaves the others as they are.
   */
  public static RawJson bindingState(String stateKey, ResourceState state) {
    return StateJson.json(
        g -> {
          g.writeStartObject();
          g.writeObjectFieldStart("bindingStateV1");
          g.writeFieldName(stateKey);
          StateJson.writeResourceState(g, state);
          g.writeEndObject();
          g.writeEndObject();
        });
  }
}
