package flowcdk.processor.schema.corpus;

import flowcdk.annotations.Model;

/** Every primitive: all required. */
@Model
public record Primitives(
    boolean flag,
    byte tiny,
    short small,
    int count,
    long total,
    float ratio,
    double weight,
    char initial) {}
