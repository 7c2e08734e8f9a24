package flowcdk.blackbox;

import flowcdk.annotations.Model;

/** Every boxed type; boxes are optional, and null is not written. */
@Model
public record Boxes(
    Boolean flag,
    Byte tiny,
    Short small,
    Integer number,
    Long big,
    Float ratio,
    Double precise,
    Character letter) {}
