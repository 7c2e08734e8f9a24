package acme;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Enums in containers (a {@code @Model} enum, read by its codec, and a plain one, read through
 * names this codec holds), a default of a plain enum, and an array of a generic type, which only
 * an unchecked raw array can hold.
 */
@Model
public record Catalog(
    Set<Status> statuses,
    Map<String, List<Status>> statusHistory,
    @JsonProperty(defaultValue = "small") Size size,
    List<Size> sizes,
    List<String>[] pages,
    int[][] grid) {

  /** Not a {@code @Model}. */
  public enum Size {
    @JsonProperty("small")
    SMALL,
    @JsonProperty("large")
    LARGE
  }
}
