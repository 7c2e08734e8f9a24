package flowcdk.processor.schema.corpus;

import flowcdk.annotations.Model;
import flowcdk.runtime.codec.Extras;

/** Keeps undeclared properties: {@code additionalProperties: true}. */
@Model
public record OpenBag(Extras rest, String kind) {}
