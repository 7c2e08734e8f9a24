package flowcdk.connector;

import com.fasterxml.jackson.core.JsonGenerator;
import flowcdk.connector.state.Backfill;
import flowcdk.connector.state.Incremental;
import flowcdk.connector.state.Snapshot;
import flowcdk.connector.state.StateJson;
import flowcdk.runtime.json.RawJson;
import java.io.IOException;

/**
 * The checkpoint merge patches the strategies write (docs/strategies.md#checkpoint-shapes), each
 * touching only its own part of one binding's state: {@code {"bindingStateV1":{SK:{part: value}}}},
 * or with a subtask id {@code {"bindingStateV1":{SK:{part:{ID: value}}}}}, so siblings never
 * overwrite each other.
 */
final class Patches {

  private Patches() {}

  /** Writes one value of a state part. */
  @FunctionalInterface
  interface Value {
    void write(JsonGenerator g) throws IOException;
  }

  /** Incremental progress. */
  static RawJson incremental(String stateKey, String subtaskId, Incremental state) {
    return part(stateKey, "inc", subtaskId, g -> StateJson.writeIncremental(g, state));
  }

  /** Backfill progress with the whole next page (or, for an object cursor, its patch). */
  static RawJson backfill(String stateKey, String subtaskId, Backfill state) {
    return part(stateKey, "backfill", subtaskId, g -> StateJson.writeBackfill(g, state));
  }

  /** A completed backfill: {@code {"backfill":null}} or {@code {"backfill":{ID:null}}}. */
  static RawJson backfillDone(String stateKey, String subtaskId) {
    return part(stateKey, "backfill", subtaskId, JsonGenerator::writeNull);
  }

  /** A snapshot pass. */
  static RawJson snapshot(String stateKey, String subtaskId, Snapshot state) {
    return part(stateKey, "snapshot", subtaskId, g -> StateJson.writeSnapshot(g, state));
  }

  /** The incremental backfill trigger: {@code {"backfillRequests":{SK:true}}}. */
  static RawJson backfillRequest(String stateKey) {
    return StateJson.json(
        g -> {
          g.writeStartObject();
          g.writeObjectFieldStart("backfillRequests");
          g.writeBooleanField(stateKey, true);
          g.writeEndObject();
          g.writeEndObject();
        });
  }

  private static RawJson part(String stateKey, String part, String subtaskId, Value value) {
    return StateJson.json(
        g -> {
          g.writeStartObject();
          g.writeObjectFieldStart("bindingStateV1");
          g.writeObjectFieldStart(stateKey);
          g.writeFieldName(part);
          if (subtaskId != null) {
            g.writeStartObject();
            g.writeFieldName(subtaskId);
          }
          value.write(g);
          if (subtaskId != null) {
            g.writeEndObject();
          }
          g.writeEndObject();
          g.writeEndObject();
          g.writeEndObject();
        });
  }
}
