package flowcdk.processor.schema.corpus;

import flowcdk.annotations.Model;

/** A plain enum: JSON names are the constant names. */
@Model
public enum Color {
  RED,
  GREEN,
  BLUE
}
