package flowcdk.blackbox;

import flowcdk.annotations.Model;

/** Every primitive type; primitives are required. */
@Model
public record Primitives(
    boolean flag,
    byte tiny,
    short small,
    int number,
    long big,
    float ratio,
    double precise,
    char letter) {}
