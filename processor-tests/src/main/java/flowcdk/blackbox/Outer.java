package flowcdk.blackbox;

import flowcdk.annotations.Model;
import java.util.List;
import java.util.Map;

/** Nested models: {@code Outer.Inner}'s codec is {@code Outer_InnerJson}. */
@Model
public record Outer(
    String name, Inner inner, List<Inner> list, Map<String, Inner> byKey, Inner[] array) {

  /** A nested model. */
  @Model
  public record Inner(int x, String label) {}
}
