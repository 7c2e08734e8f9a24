package ${package};

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import flowcdk.runtime.codec.Extras;
import flowcdk.runtime.codec.Meta;
import java.time.Instant;

/**
 * An item, as the API lists it: a record that changes, captured by its {@code updated_at}.
 *
 * @param meta the document's metadata, which Flow and the kit use
 * @param id the item's id, the collection key
 * @param updatedAt when it last changed
 * @param extras every field the API sends that this record does not name, kept in order
 */
@Model
public record Item(
    Meta meta,
    @JsonProperty(required = true) long id,
    @JsonProperty(value = "updated_at", required = true) Instant updatedAt,
    Extras extras) {}
