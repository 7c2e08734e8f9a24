package flowcdk.processor.json;

import java.util.ArrayList;
import java.util.List;

/**
 * Pretty-prints JSON text for people to read, as generated code shows schemas: two spaces of
 * indentation, and an object or array kept on one line when it fits in {@value #WIDTH} columns, so
 * that a schema reads one property a line. Strings, numbers and literals are copied as they are;
 * only whitespace between tokens changes, so the value is the same.
 */
public final class PrettyJson {

  /** The widest line an object or array is kept on, indentation included. */
  static final int WIDTH = 100;

  private final String text;
  private int at;

  private PrettyJson(String text) {
    this.text = text;
  }

  /**
   * {@code json} pretty-printed, ending with a newline. The outermost object or array always has
   * one member or element a line.
   *
   * @throws IllegalArgumentException if {@code json} is not one JSON value
   */
  public static String print(String json) {
    PrettyJson reader = new PrettyJson(json);
    Node root = reader.value();
    reader.skipWhitespace();
    if (reader.at != json.length()) {
      throw new IllegalArgumentException("more than one JSON value at " + reader.at);
    }
    StringBuilder out = new StringBuilder();
    root.print(out, "", 0, true);
    return out.append('\n').toString();
  }

  /** A parsed value: its tokens kept as text. */
  private sealed interface Node {
    /** The value on one line. */
    String inline();

    /**
     * Appends the value at {@code indent}, the line already holding {@code used} characters before
     * it (and needing one more after it for a comma); {@code expand} forces one member a line.
     */
    default void print(StringBuilder out, String indent, int used, boolean expand) {
      out.append(inline());
    }
  }

  private record Scalar(String text) implements Node {
    @Override
    public String inline() {
      return text;
    }
  }

  /** An object ({@code keys} not null, as JSON string literals) or an array. */
  private record Container(List<String> keys, List<Node> values) implements Node {

    @Override
    public String inline() {
      StringBuilder out = new StringBuilder(keys == null ? "[" : "{");
      for (int i = 0; i < values.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        if (keys != null) {
          out.append(keys.get(i)).append(": ");
        }
        out.append(values.get(i).inline());
      }
      return out.append(keys == null ? "]" : "}").toString();
    }

    @Override
    public void print(StringBuilder out, String indent, int used, boolean expand) {
      String inline = inline();
      if (values.isEmpty() || (!expand && used + inline.length() + 1 <= WIDTH)) {
        out.append(inline);
        return;
      }
      String inner = indent + "  ";
      out.append(keys == null ? "[" : "{");
      for (int i = 0; i < values.size(); i++) {
        out.append(i == 0 ? "\n" : ",\n").append(inner);
        int start = out.length() - inner.length();
        if (keys != null) {
          out.append(keys.get(i)).append(": ");
        }
        values.get(i).print(out, inner, out.length() - start, false);
      }
      out.append('\n').append(indent).append(keys == null ? "]" : "}");
    }
  }

  private Node value() {
    skipWhitespace();
    char c = peek();
    if (c == '{' || c == '[') {
      at++;
      boolean object = c == '{';
      char end = object ? '}' : ']';
      List<String> keys = object ? new ArrayList<>() : null;
      List<Node> values = new ArrayList<>();
      skipWhitespace();
      if (peek() == end) {
        at++;
        return new Container(keys, values);
      }
      while (true) {
        if (object) {
          skipWhitespace();
          keys.add(string());
          skipWhitespace();
          expect(':');
        }
        values.add(value());
        skipWhitespace();
        if (peek() == end) {
          at++;
          return new Container(keys, values);
        }
        expect(',');
      }
    }
    if (c == '"') {
      return new Scalar(string());
    }
    int start = at;
    while (at < text.length() && ",]} \t\r\n".indexOf(text.charAt(at)) < 0) {
      at++;
    }
    if (start == at) {
      throw new IllegalArgumentException("expected a JSON value at " + start);
    }
    return new Scalar(text.substring(start, at));
  }

  /** The string literal at the cursor, quotes and escapes included. */
  private String string() {
    int start = at;
    expect('"');
    while (peek() != '"') {
      at += peek() == '\\' ? 2 : 1;
    }
    at++;
    return text.substring(start, at);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw new IllegalArgumentException("expected '" + c + "' at " + at);
    }
    at++;
  }

  private char peek() {
    if (at >= text.length()) {
      throw new IllegalArgumentException("unexpected end of the JSON text");
    }
    return text.charAt(at);
  }

  private void skipWhitespace() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }
}
