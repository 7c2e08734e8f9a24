package flowcdk.processor.schema.corpus.deviation;

import flowcdk.annotations.Model;

/**
 * A final class read through a record-style accessor {@code name()}: our processor accepts it as
 * the property's accessor; Jackson's bean introspection (and so victools' Jackson module) only
 * knows getters and visible fields, so it leaves {@code name} out. Not in the agreement corpus.
 */
@Model
public final class Gadget {
  private final String name;
  private final int size;

  public Gadget(String name, int size) {
    this.name = name;
    this.size = size;
  }

  public String name() {
    return name;
  }

  public int getSize() {
    return size;
  }
}
