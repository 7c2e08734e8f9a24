package flowcdk.processor.schema.corpus;

import flowcdk.annotations.Model;
import java.util.List;

/**
 * Nested model types: codecs {@code OuterJson}, {@code Outer_InnerJson}, {@code Outer_KindJson}.
 */
@Model
public record Outer(Inner inner, List<Inner> more, Kind kind) {

  /** A nested record model. */
  @Model
  public record Inner(@NotNull String value, Kind kind) {}

  /** A nested enum model. */
  @Model
  public enum Kind {
    SMALL,
    LARGE
  }
}
