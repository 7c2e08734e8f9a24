package flowcdk.common.stream;

import com.fasterxml.jackson.core.JsonGenerator;
import flowcdk.runtime.json.JsonFactories;
import flowcdk.runtime.json.RawJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds a document from the parse events outside the items, as the Python CDK's remainder
 * builder does: each top-level value replaces the previous one, a member set twice keeps its first
 * position and its last value (a Python dict), and a member or element whose value was an item is
 * simply never set, so arrays of items end up empty and a member holding an item is absent.
 *
 * <p>Numbers keep their text exactly as written ({@code 0.1000000000000000000001}, {@code 1e400}),
 * never going through a {@code double}.
 */
final class RemainderBuilder {

  /** A number as its JSON text. */
  private record NumberText(String text) {}

  private static final Object ABSENT = new Object();

  private Object root = ABSENT;
  // Open containers (LinkedHashMap or ArrayList), innermost last, with each object's current key.
  private final ArrayList<Object> open = new ArrayList<>();
  private final ArrayList<String> keys = new ArrayList<>();

  /** The next value of the innermost object is the member {@code key}. */
  void key(String key) {
    keys.set(keys.size() - 1, key);
  }

  /** An object begins. */
  void startObject() {
    push(new LinkedHashMap<String, Object>());
  }

  /** An array begins. */
  void startArray() {
    push(new ArrayList<Object>());
  }

  /** The innermost object or array ends. */
  void end() {
    open.remove(open.size() - 1);
    keys.remove(keys.size() - 1);
  }

  /** A string value. */
  void string(String value) {
    set(value);
  }

  /** A number value, as its JSON text. */
  void number(String text) {
    set(new NumberText(text));
  }

  /** {@code true} or {@code false}. */
  void bool(boolean value) {
    set(value);
  }

  /** {@code null}. */
  void nullValue() {
    set(null);
  }

  private void push(Object container) {
    set(container);
    open.add(container);
    keys.add(null);
  }

  @SuppressWarnings(
      "unchecked") // only LinkedHashMap<String, Object> and ArrayList<Object> are open
  private void set(Object value) {
    if (open.isEmpty()) {
      root = value;
      return;
    }
    Object container = open.get(open.size() - 1);
    if (container instanceof Map<?, ?> object) {
      ((Map<String, Object>) object).put(keys.get(keys.size() - 1), value);
    } else {
      ((List<Object>) container).add(value);
    }
  }

  /**
   * The rebuilt value, as compact JSON: the last top-level value outside the items, or {@code null}
   * if there was none (an empty input, or one whose top-level values were all items).
   */
  RawJson build() {
    if (root == ABSENT) {
      return RawJson.NULL;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = JsonFactories.factory().createGenerator(out)) {
      write(g, root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return RawJson.trusted(out.toByteArray());
  }

  /** Writes without recursion: the parser allows nesting far deeper than a thread's stack. */
  private static void write(JsonGenerator g, Object root) throws IOException {
    // The iterators of the open containers; an object's iterator gives its entries.
    ArrayDeque<Iterator<?>> open = new ArrayDeque<>();
    Object value = root;
    while (true) {
      if (value instanceof Map<?, ?> object) {
        g.writeStartObject();
        open.push(object.entrySet().iterator());
      } else if (value instanceof List<?> array) {
        g.writeStartArray();
        open.push(array.iterator());
      } else {
        scalar(g, value);
      }
      while (true) {
        Iterator<?> innermost = open.peek();
        if (innermost == null) {
          return;
        }
        if (innermost.hasNext()) {
          Object next = innermost.next();
          if (next instanceof Map.Entry<?, ?> member) {
            g.writeFieldName((String) member.getKey());
            value = member.getValue();
          } else {
            value = next;
          }
          break;
        }
        open.pop();
        if (g.getOutputContext().inObject()) {
          g.writeEndObject();
        } else {
          g.writeEndArray();
        }
      }
    }
  }

  private static void scalar(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof String text) {
      g.writeString(text);
    } else if (value instanceof NumberText number) {
      g.writeNumber(number.text());
    } else {
      g.writeBoolean((Boolean) value);
    }
  }
}
