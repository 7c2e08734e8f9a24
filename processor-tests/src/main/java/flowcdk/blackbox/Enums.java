package flowcdk.blackbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import java.util.List;

/** Enum properties: a {@code @Model} enum and a plain one, alone and in a list. */
@Model
public record Enums(Color color, Size size, List<Color> palette) {

  /** A plain enum, not annotated {@code @Model}. */
  public enum Size {
    @JsonProperty("s")
    SMALL,
    @JsonProperty("l")
    LARGE
  }
}
