package acme;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;

/** An enum model: a JSON string per constant. */
@Model
@JsonClassDescription("The state of an order.")
public enum Status {
  @JsonProperty("open") OPEN,
  @JsonProperty("in_progress") IN_PROGRESS,
  CLOSED
}
