package flowcdk.runtime.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import flowcdk.runtime.json.JsonFactories;
import flowcdk.runtime.json.RawJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One response line the runtime wrote, split into its kind ({@code spec}, {@code discovered},
 * {@code captured}, {@code checkpoint}, ...) and the members of its body, each kept as raw JSON.
 *
 * @param kind the response's key
 * @param body the members of the response object, in order
 * @param text the line as written, without its newline
 */
record ResponseLine(String kind, Map<String, RawJson> body, String text) {

  /**
   * Splits one line the runtime wrote (always one object with one key whose value is an object).
   */
  static ResponseLine parse(byte[] utf8, int length) {
    String text = new String(utf8, 0, length, StandardCharsets.UTF_8);
    try (JsonParser p = JsonFactories.factory().createParser(utf8, 0, length)) {
      expect(p.nextToken(), JsonToken.START_OBJECT, text);
      expect(p.nextToken(), JsonToken.FIELD_NAME, text);
      String kind = p.currentName();
      p.nextToken();
      return new ResponseLine(kind, members(RawJson.copyOf(p)), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The body member {@code name}, or {@code null} JSON when absent. */
  RawJson get(String name) {
    return body.getOrDefault(name, RawJson.NULL);
  }

  /** The members of a JSON object, each as raw JSON; empty for anything else. */
  static Map<String, RawJson> members(RawJson object) {
    Map<String, RawJson> members = new LinkedHashMap<>();
    try (JsonParser p = object.parser()) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return members;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        members.put(name, RawJson.copyOf(p));
      }
      return members;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The items of a JSON array, each as raw JSON; empty for anything else. */
  static List<RawJson> items(RawJson array) {
    List<RawJson> items = new ArrayList<>();
    try (JsonParser p = array.parser()) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        return items;
      }
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(RawJson.copyOf(p));
      }
      return items;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The strings of a JSON array of strings. */
  static List<String> strings(RawJson array) {
    List<String> strings = new ArrayList<>();
    for (RawJson item : items(array)) {
      strings.add(string(item));
    }
    return strings;
  }

  /** A JSON string's value (or the JSON text of anything else). */
  static String string(RawJson value) {
    try (JsonParser p = value.parser()) {
      return p.nextToken() == JsonToken.VALUE_STRING ? p.getText() : value.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void expect(JsonToken actual, JsonToken expected, String text) {
    if (actual != expected) {
      throw new IllegalStateException("unexpected response line from the runtime: " + text);
    }
  }
}
