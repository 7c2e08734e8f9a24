package flowcdk.blackbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;

/** An enum model, with renamed constants. */
@Model
public enum Color {
  RED,
  @JsonProperty("green")
  GREEN,
  @JsonProperty("dark-blue")
  BLUE
}
