package flowcdk.processor.schema.corpus;

import flowcdk.annotations.Model;

/** Every box: all optional, and not nullable in the schema. */
@Model
public record Boxes(
    Boolean flag,
    Byte tiny,
    Short small,
    Integer count,
    Long total,
    Float ratio,
    Double weight,
    Character initial) {}
