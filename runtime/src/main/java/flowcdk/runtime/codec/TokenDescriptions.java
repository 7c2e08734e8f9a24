package flowcdk.runtime.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Short human descriptions of the parser's current token, for problem messages. */
final class TokenDescriptions {

  /** Strings and numbers longer than this many characters are abbreviated. */
  static final int MAX_SHOWN = 40;

  private TokenDescriptions() {}

  static String describe(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case VALUE_STRING -> "a string " + quoted(p.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number " + abbreviated(p.getText());
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      case FIELD_NAME -> "a property name";
      case END_OBJECT -> "the end of an object";
      case END_ARRAY -> "the end of an array";
      default -> "an embedded value";
    };
  }

  /**
   * The kind of the parser's current token without its value, for secret values: {@code a string},
   * {@code a number}, {@code a boolean}, {@code an object}, {@code an array}, {@code null}, or as
   * {@link #describe} for the structural tokens.
   */
  static String kind(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_NULL -> "null";
      case FIELD_NAME -> "a property name";
      case END_OBJECT -> "the end of an object";
      case END_ARRAY -> "the end of an array";
      default -> "an embedded value";
    };
  }

  /**
   * The string in double quotes with {@code "}, {@code \} and control characters escaped as in
   * JSON; if longer than {@link #MAX_SHOWN} characters, its first characters followed by {@code
   * ...} and the total length.
   */
  static String quoted(String text) {
    int shown = text.length() <= MAX_SHOWN ? text.length() : MAX_SHOWN - 3;
    if (shown < text.length() && Character.isHighSurrogate(text.charAt(shown - 1))) {
      shown--;
    }
    StringBuilder out = new StringBuilder(shown + 24).append('"');
    for (int i = 0; i < shown; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (shown < text.length()) {
      out.append("...\" (").append(text.length()).append(" characters)");
    } else {
      out.append('"');
    }
    return out.toString();
  }

  private static String abbreviated(String number) {
    if (number.length() <= MAX_SHOWN) {
      return number;
    }
    return number.substring(0, MAX_SHOWN - 3) + "... (" + number.length() + " characters)";
  }
}
