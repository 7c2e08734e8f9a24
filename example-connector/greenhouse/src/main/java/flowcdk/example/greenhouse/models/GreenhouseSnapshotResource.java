package flowcdk.example.greenhouse.models;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import flowcdk.runtime.codec.Extras;
import flowcdk.runtime.codec.Meta;

/**
 * A record of a snapshot resource, as read: an id and every other field. A record without an id
 * fails the snapshot, as in the Python connector. The collection's schema is {@link
 * BaseDocument}'s.
 *
 * @param meta the document's metadata, set by the snapshot strategy
 * @param id the record's id
 * @param extras every other field, in the order Harvest sent them
 */
@Model
public record GreenhouseSnapshotResource(
    Meta meta, @JsonProperty(required = true) long id, Extras extras) {}
