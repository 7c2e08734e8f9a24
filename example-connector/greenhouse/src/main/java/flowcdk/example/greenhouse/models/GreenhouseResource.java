package flowcdk.example.greenhouse.models;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import flowcdk.runtime.codec.Extras;
import flowcdk.runtime.codec.Meta;
import java.time.Instant;

/**
 * A record of an incremental resource. The model names what the connector reads (the key and the
 * timestamps the incremental windows filter on); {@code extras} keeps every other field Harvest
 * sends, so documents carry all of them.
 *
 * @param meta the document's metadata; absent from what Harvest sends
 * @param id the record's id, the collection key
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param extras every other field, in the order Harvest sent them
 */
@Model
public record GreenhouseResource(
    Meta meta,
    @JsonProperty(required = true) long id,
    @JsonProperty(value = "created_at", required = true) Instant createdAt,
    @JsonProperty(value = "updated_at", required = true) Instant updatedAt,
    Extras extras) {}
