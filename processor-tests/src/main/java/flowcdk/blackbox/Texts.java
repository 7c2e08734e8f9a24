package flowcdk.blackbox;

import flowcdk.annotations.Model;

/** Strings. */
@Model
public record Texts(String text, String other) {}
