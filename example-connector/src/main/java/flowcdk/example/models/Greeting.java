package flowcdk.example.models;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import flowcdk.runtime.codec.Extras;
import flowcdk.runtime.codec.Meta;

/**
 * A captured document.
 *
 * @param meta the document's {@code _meta}
 * @param id its position, from 0 (the key)
 * @param message the greeting
 * @param extras properties this model does not declare, kept as they are
 */
@Model
public record Greeting(Meta meta, long id, @JsonProperty(required = true) String message, Extras extras) {}
