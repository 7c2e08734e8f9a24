package ${package};

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import flowcdk.runtime.codec.Extras;
import flowcdk.runtime.codec.Meta;

/**
 * A category, as the API lists it: a short list without {@code updated_at}, captured whole.
 *
 * @param meta the document's metadata: its row in the snapshot ({@code /_meta/row_id})
 * @param id the category's id
 * @param extras every other field the API sends
 */
@Model
public record Category(Meta meta, @JsonProperty(required = true) long id, Extras extras) {}
