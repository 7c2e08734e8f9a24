package acme;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;

/** A table's resource config. */
@Model
public record TableConfig(
    @JsonProperty(required = true) String schema, @JsonProperty(required = true) String table) {}
