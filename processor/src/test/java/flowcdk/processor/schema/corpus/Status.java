package flowcdk.processor.schema.corpus;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;

/** An enum with {@code @JsonProperty} constant names. */
@Model
@JsonClassDescription("Lifecycle of an account")
public enum Status {
  @JsonProperty("active")
  ACTIVE,
  @JsonProperty("on-hold")
  ON_HOLD,
  CLOSED
}
