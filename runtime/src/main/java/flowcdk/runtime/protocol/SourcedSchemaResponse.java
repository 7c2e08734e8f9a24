package flowcdk.runtime.protocol;

import flowcdk.runtime.json.RawJson;

/**
 * A schema the source reports for one binding's documents (JSON key {@code sourcedSchema}), for
 * example after detecting new columns; Flow widens the collection's schema with it.
 *
 * <p>Written as {@code {"sourcedSchema":{"binding":0,"schema_json":{...}}}}: the member is spelled
 * {@code schema_json} (the protocol field's own name) exactly as the Python CDK writes it, not with
 * the canonical protobuf-JSON name {@code schema}; protobuf-JSON readers accept both.
 *
 * @param binding the index of the binding in {@link CaptureSpec#bindings()}
 * @param schema the JSON schema (an object)
 */
public record SourcedSchemaResponse(int binding, RawJson schema) implements Response {

  /**
   * Creates the record. Checks that the binding index is not negative and that the schema is an
   * object.
   *
   * @param binding see {@link #binding()}
   * @param schema see {@link #schema()}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a value is out of range or not a JSON object
   */
  public SourcedSchemaResponse {
    Checks.nonNegative(binding, "binding");
    Checks.object(schema, "schema");
  }
}
