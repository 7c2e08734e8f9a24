package flowcdk.runtime.protocol;

import flowcdk.runtime.json.RawJson;
import java.util.List;
import java.util.Optional;

/**
 * The Flow collection a binding captures into. Only the parts a capture connector uses are kept;
 * Flow's other collection fields (projections, partitionTemplate, uuidPtr, ackTemplate,
 * partitionFields, ...) are skipped when reading.
 *
 * @param name the collection's name, such as {@code acmeCo/users}
 * @param key the collection key as JSON pointers into a document, such as {@code ["/id"]}
 * @param writeSchema the JSON schema (an object) documents must satisfy to be written to the
 *     collection
 * @param readSchema the schema (an object) used when reading the collection, when it differs from
 *     the write schema; empty otherwise
 */
public record CollectionSpec(
    String name, List<String> key, RawJson writeSchema, Optional<RawJson> readSchema) {

  /**
   * Creates the record. Checks that no component is null, that the schemas are objects, and copies
   * the key.
   *
   * @param name see {@link #name()}
   * @param key see {@link #key()}
   * @param writeSchema see {@link #writeSchema()}
   * @param readSchema see {@link #readSchema()}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a value is out of range or not a JSON object
   */
  public CollectionSpec {
    Checks.notNull(name, "name");
    key = Checks.list(key, "key");
    Checks.object(writeSchema, "writeSchema");
    Checks.notNull(readSchema, "readSchema");
    readSchema.ifPresent(s -> Checks.object(s, "readSchema"));
  }
}
