package flowcdk.example.api;

import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's text form of an array ({@code {1.5,NaN,NULL}}, {@code {{1,2},{3,4}}}, {@code
 * [0:1]={1,2}}) as nested lists of element texts, {@code null} for NULL. For numeric arrays: the
 * JDBC driver's {@code getArray()} cannot give their {@code NaN} and {@code ±Infinity} elements.
 */
final class PgArrayText {

  private final String text;
  private int at;

  private PgArrayText(String text) {
    this.text = text;
  }

  /**
   * Whether {@code text} is in PostgreSQL's form ({@code {...}}, or {@code [1:2]={...}} with
   * explicit bounds), not, say, H2's {@code [1, 2]}.
   */
  static boolean isArrayText(String text) {
    return text.startsWith("{") || (text.startsWith("[") && text.contains("]={"));
  }

  /**
   * The elements of {@code text}.
   *
   * @throws IllegalArgumentException if it is not an array's text form
   */
  static List<Object> parse(String text) {
    PgArrayText parser = new PgArrayText(text);
    if (text.startsWith("[")) { // explicit bounds: [1:2]={...}
      parser.at = text.indexOf("]={") + 2;
    }
    List<Object> elements = parser.array();
    if (parser.at != text.length()) {
      throw new IllegalArgumentException("not an array's text: trailing characters");
    }
    return elements;
  }

  private List<Object> array() {
    expect('{');
    List<Object> elements = new ArrayList<>();
    if (peek() == '}') {
      at++;
      return elements;
    }
    while (true) {
      elements.add(peek() == '{' ? array() : element());
      char next = text.charAt(at++);
      if (next == '}') {
        return elements;
      }
      if (next != ',') {
        throw new IllegalArgumentException("not an array's text: " + next + " after an element");
      }
    }
  }

  private String element() {
    if (peek() == '"') {
      at++;
      StringBuilder value = new StringBuilder();
      while (true) {
        char c = text.charAt(at++);
        if (c == '"') {
          return value.toString();
        }
        value.append(c == '\\' ? text.charAt(at++) : c);
      }
    }
    int start = at;
    while (peek() != ',' && peek() != '}') {
      at++;
    }
    String token = text.substring(start, at).strip();
    return token.equalsIgnoreCase("NULL") ? null : token;
  }

  private char peek() {
    if (at >= text.length()) {
      throw new IllegalArgumentException("not an array's text: it ends early");
    }
    return text.charAt(at);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw new IllegalArgumentException("not an array's text: " + c + " expected");
    }
    at++;
  }
}
