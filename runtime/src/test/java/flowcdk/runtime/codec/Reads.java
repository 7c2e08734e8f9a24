package flowcdk.runtime.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import flowcdk.runtime.json.JsonFactories;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** Runs a reader or writer over a single value, checking the parser contract on the way. */
final class Reads {

  /** What a read returned and recorded. */
  record Result<T>(T value, List<DecodeProblem> problems) {}

  private Reads() {}

  /**
   * Reads {@code json} as the element of {@code [json, 7]} at pointer {@code /f}, and checks that
   * the reader left the parser on the value's last token (the next token is the 7).
   */
  static <T> Result<T> read(String json, ValueReader<T> reader) {
    try (JsonParser p = JsonFactories.factory().createParser("[" + json + ", 7]")) {
      p.nextToken();
      p.nextToken();
      DecodeContext ctx = new DecodeContext();
      ctx.push("f");
      T value = reader.read(p, ctx);
      ctx.pop();
      assertEquals(JsonToken.VALUE_NUMBER_INT, p.nextToken(), "parser not left on the last token");
      assertEquals(7, p.getIntValue());
      return new Result<>(value, ctx.problems());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads {@code json}, asserting that no problem was recorded. */
  static <T> T ok(String json, ValueReader<T> reader) {
    Result<T> result = read(json, reader);
    assertEquals(List.of(), result.problems(), json);
    return result.value();
  }

  /** Reads {@code json}, asserting null and exactly one problem at {@code /f}; its message. */
  static String fail(String json, ValueReader<?> reader) {
    Result<?> result = read(json, reader);
    assertNull(result.value(), json);
    assertEquals(1, result.problems().size(), json + " -> " + result.problems());
    assertEquals("/f", result.problems().get(0).pointer());
    return result.problems().get(0).message();
  }

  /** Asserts that JSON null reads as null with no problem. */
  static void nullIsNull(ValueReader<?> reader) {
    Result<?> result = read("null", reader);
    assertNull(result.value());
    assertEquals(List.of(), result.problems());
  }

  /** The JSON text {@code writer} writes for {@code value}. */
  static <T> String write(ValueWriter<T> writer, T value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonFactories.factory().createGenerator(out)) {
      writer.write(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
