package flowcdk.runtime.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import flowcdk.runtime.json.JsonFactories;
import flowcdk.runtime.json.RawJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * The members of a JSON object that its model does not declare, in document order, each kept as
 * {@link RawJson} so that it is written out again exactly as read.
 *
 * <p>Flow infers collection schemas from the documents a capture emits, so a connector should
 * re-emit every property the source sent, not only the ones its model names. Generated codecs put
 * undeclared members here while reading ({@code builder.put(name, RawJson.copyOf(p))}) and write
 * them after the declared ones with {@link #writeFields(JsonGenerator)}.
 *
 * <p>Immutable. Names are unique; a later {@link Builder#put} of a name already present replaces
 * its value and keeps its position, as JSON's "last duplicate wins" rule and Python dicts do.
 * Equality requires the same names in the same order with equal values (and {@link RawJson}
 * equality is byte equality of compact JSON).
 */
public final class Extras {

  /** No members. */
  public static final Extras EMPTY = new Extras(new String[0], new RawJson[0]);

  private final String[] names;
  private final RawJson[] values;

  private Extras(String[] names, RawJson[] values) {
    this.names = names;
    this.values = values;
  }

  /** {@link #EMPTY}. */
  public static Extras of() {
    return EMPTY;
  }

  /** One member. */
  public static Extras of(String name, RawJson value) {
    return builder().put(name, value).build();
  }

  /** Two members, in this order. */
  public static Extras of(String name1, RawJson value1, String name2, RawJson value2) {
    return builder().put(name1, value1).put(name2, value2).build();
  }

  /** Three members, in this order. */
  public static Extras of(
      String name1, RawJson value1, String name2, RawJson value2, String name3, RawJson value3) {
    return builder().put(name1, value1).put(name2, value2).put(name3, value3).build();
  }

  /** The members of {@code members}, in its iteration order. */
  public static Extras of(Map<String, RawJson> members) {
    Builder builder = builder();
    members.forEach(builder::put);
    return builder.build();
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The value of member {@code name}, or {@code null} if there is none. */
  public RawJson get(String name) {
    int index = indexOf(name);
    return index < 0 ? null : values[index];
  }

  /** Whether there is a member {@code name}. */
  public boolean contains(String name) {
    return indexOf(name) >= 0;
  }

  /** The member names in order; an immutable list. */
  public List<String> names() {
    return List.of(names);
  }

  /** The number of members. */
  public int size() {
    return names.length;
  }

  /** Whether there are no members. */
  public boolean isEmpty() {
    return names.length == 0;
  }

  /** Calls {@code action} with each member's name and value, in order. */
  public void forEach(BiConsumer<String, RawJson> action) {
    for (int i = 0; i < names.length; i++) {
      action.accept(names[i], values[i]);
    }
  }

  /**
   * A copy with member {@code name} set to {@code value}: replaced in place if present, otherwise
   * appended.
   */
  public Extras with(String name, RawJson value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    int index = indexOf(name);
    if (index >= 0) {
      RawJson[] newValues = values.clone();
      newValues[index] = value;
      return new Extras(names, newValues);
    }
    String[] newNames = Arrays.copyOf(names, names.length + 1);
    RawJson[] newValues = Arrays.copyOf(values, values.length + 1);
    newNames[names.length] = name;
    newValues[values.length] = value;
    return new Extras(newNames, newValues);
  }

  /** A copy without member {@code name}; this instance if there is no such member. */
  public Extras without(String name) {
    int index = indexOf(name);
    if (index < 0) {
      return this;
    }
    if (names.length == 1) {
      return EMPTY;
    }
    String[] newNames = new String[names.length - 1];
    RawJson[] newValues = new RawJson[values.length - 1];
    System.arraycopy(names, 0, newNames, 0, index);
    System.arraycopy(values, 0, newValues, 0, index);
    System.arraycopy(names, index + 1, newNames, index, names.length - index - 1);
    System.arraycopy(values, index + 1, newValues, index, values.length - index - 1);
    return new Extras(newNames, newValues);
  }

  /**
   * Writes each member as a field of the object {@code g} is writing ({@code writeFieldName} then
   * the raw value), in order. Writes nothing when empty.
   */
  public void writeFields(JsonGenerator g) throws IOException {
    for (int i = 0; i < names.length; i++) {
      g.writeFieldName(names[i]);
      values[i].writeTo(g);
    }
  }

  private int indexOf(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Extras extras
        && Arrays.equals(names, extras.names)
        && Arrays.equals(values, extras.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(names) + Arrays.hashCode(values);
  }

  /** The members as a compact JSON object, e.g. {@code {"store":"eu","webhookId":"w1"}}. */
  @Override
  public String toString() {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonFactories.factory().createGenerator(out)) {
      g.writeStartObject();
      writeFields(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Collects members while a codec reads an object. Not thread-safe; {@link #build()} may be called
   * more than once and the builder reused.
   */
  public static final class Builder {

    /** Beyond this many members, {@link #put} looks names up in a hash index. */
    private static final int LINEAR_LIMIT = 16;

    private String[] names = new String[4];
    private RawJson[] values = new RawJson[4];
    private int size;
    private Map<String, Integer> index;

    private Builder() {}

    /**
     * Adds member {@code name}, or replaces its value (keeping its position) if already added.
     *
     * @return this builder
     */
    public Builder put(String name, RawJson value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      int existing = indexOf(name);
      if (existing >= 0) {
        values[existing] = value;
        return this;
      }
      if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      names[size] = name;
      values[size] = value;
      if (index != null) {
        index.put(name, size);
      } else if (size + 1 > LINEAR_LIMIT) {
        index = new HashMap<>();
        for (int i = 0; i <= size; i++) {
          index.put(names[i], i);
        }
      }
      size++;
      return this;
    }

    /** The number of members added so far. */
    public int size() {
      return size;
    }

    /** The members added so far, as an immutable {@link Extras}. */
    public Extras build() {
      if (size == 0) {
        return EMPTY;
      }
      return new Extras(Arrays.copyOf(names, size), Arrays.copyOf(values, size));
    }

    private int indexOf(String name) {
      if (index != null) {
        Integer at = index.get(name);
        return at == null ? -1 : at;
      }
      for (int i = 0; i < size; i++) {
        if (names[i].equals(name)) {
          return i;
        }
      }
      return -1;
    }
  }
}
