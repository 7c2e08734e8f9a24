package acme;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import flowcdk.runtime.codec.Meta;

/** A sales region; the snapshot strategy numbers it in {@code _meta.row_id}. */
@Model
public record Region(Meta meta, @JsonProperty(required = true) String code) {}
