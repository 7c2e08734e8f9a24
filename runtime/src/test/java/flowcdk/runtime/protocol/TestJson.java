package flowcdk.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import flowcdk.runtime.json.JsonFactories;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-only JSON helpers built on jackson-core streaming: a plain-Java tree (Map, List, String,
 * BigDecimal, Boolean, null) for value equality, and a compact re-serialization.
 */
final class TestJson {

  private TestJson() {}

  /** Parses {@code json} into LinkedHashMap, ArrayList, String, BigDecimal, Boolean and null. */
  static Object tree(String json) {
    try (JsonParser p = JsonFactories.factory().createParser(json)) {
      if (p.nextToken() == null) {
        throw new IllegalArgumentException("no JSON value in: " + json);
      }
      Object value = value(p);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("more than one JSON value in: " + json);
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object value(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    return switch (token) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          map.put(name, value(p));
        }
        yield map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(value(p));
        }
        yield list;
      }
      case VALUE_STRING -> p.getText();
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new BigDecimal(p.getText());
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      case VALUE_NULL -> null;
      default -> throw new IllegalStateException("unexpected token " + token);
    };
  }

  /** Whether two trees are the same JSON value (object member order ignored, numbers by value). */
  static boolean same(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      if (!x.keySet().equals(y.keySet())) {
        return false;
      }
      for (Map.Entry<?, ?> e : x.entrySet()) {
        if (!same(e.getValue(), y.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      Iterator<?> i = x.iterator();
      Iterator<?> j = y.iterator();
      while (i.hasNext()) {
        if (!same(i.next(), j.next())) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /** Asserts that {@code actual} is the same JSON value as {@code expected}. */
  static void assertSameJson(String expected, String actual) {
    if (!same(tree(expected), tree(actual))) {
      assertEquals(compact(expected), compact(actual), "JSON values differ");
      fail("JSON values differ: expected " + expected + " but was " + actual);
    }
  }

  /** {@code json} re-serialized compactly, member order and number spelling kept. */
  static String compact(String json) {
    StringWriter out = new StringWriter();
    try (JsonParser p = JsonFactories.factory().createParser(json);
        JsonGenerator g = JsonFactories.factory().createGenerator(out)) {
      p.nextToken();
      g.copyCurrentStructure(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Whether {@code json} has no whitespace outside strings. */
  static boolean isCompact(String json) {
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        return false;
      }
    }
    return true;
  }
}
