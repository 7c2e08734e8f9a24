package acme;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;

/** An order. */
@Model
public record Order(long id, @JsonProperty(required = true) String status) {}
