package flowcdk.runtime.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import flowcdk.runtime.json.RawJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Codecs#decode} and {@link Codecs#encode} over a small hand-written model codec. */
class DocumentCodecsTest {

  /** A model with a required string, an optional instant and a list of ints. */
  record Config(String token, Instant start, List<Integer> counts) {}

  /** Written the way generated codecs will be. */
  static final class ConfigJson implements JsonCodec<Config> {
    static final ConfigJson INSTANCE = new ConfigJson();
    private static final Set<String> NAMES =
        new java.util.LinkedHashSet<>(List.of("token", "start", "counts"));

    @Override
    public void write(JsonGenerator g, Config value) throws IOException {
      g.writeStartObject();
      g.writeStringField("token", value.token());
      if (value.start() != null) {
        g.writeFieldName("start");
        Codecs.writeInstant(g, value.start());
      }
      g.writeArrayFieldStart("counts");
      for (int count : value.counts()) {
        g.writeNumber(count);
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    @Override
    public Config read(JsonParser p, DecodeContext ctx) throws IOException {
      if (!Codecs.expectObject(p, ctx)) {
        return null;
      }
      String token = null;
      Instant start = null;
      List<Integer> counts = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        ctx.push(name);
        switch (name) {
          case "token" -> token = Codecs.readString(p, ctx);
          case "start" -> start = Codecs.readInstant(p, ctx);
          case "counts" -> {
            if (Codecs.expectArray(p, ctx)) {
              int index = 0;
              while (p.nextToken() != JsonToken.END_ARRAY) {
                ctx.push(index++);
                counts.add(Codecs.readInt(p, ctx));
                ctx.pop();
              }
            }
          }
          default -> {
            ctx.pop();
            ctx.unknown(name, NAMES);
            Codecs.skip(p);
            continue;
          }
        }
        ctx.pop();
      }
      if (token == null) {
        ctx.missing("token");
      }
      return new Config(token, start, counts);
    }

    @Override
    public RawJson schema() {
      return RawJson.parse("{\"type\":\"object\"}");
    }
  }

  @Test
  void decodesAndEncodes() throws DecodeException {
    String json = "{\"token\":\"t\",\"start\":\"2024-01-02T03:04:05+00:00\",\"counts\":[1,2]}";
    Config config = Codecs.decode(json, ConfigJson.INSTANCE, "Config");
    assertEquals(new Config("t", Instant.parse("2024-01-02T03:04:05Z"), List.of(1, 2)), config);
    assertEquals(
        "{\"token\":\"t\",\"start\":\"2024-01-02T03:04:05Z\",\"counts\":[1,2]}",
        Codecs.encode(config, ConfigJson.INSTANCE).toString());
    assertEquals(
        config,
        Codecs.decode(json.getBytes(StandardCharsets.UTF_8), ConfigJson.INSTANCE, "Config"));
    assertEquals(config, Codecs.decode(RawJson.parse(json), ConfigJson.INSTANCE, "Config"));
  }

  @Test
  void collectsEveryProblemWithPointers() {
    DecodeException e =
        assertThrows(
            DecodeException.class,
            () ->
                Codecs.decode(
                    "{\"tokn\":5,\"start\":\"yesterday\",\"counts\":[1,\"2\",3.5,{\"a\":[]},4]}",
                    ConfigJson.INSTANCE,
                    "Config"));
    assertEquals(
        """
        6 problems decoding Config:
         - /tokn: unknown property; expected one of token, start, counts. Did you mean "token"?
         - /start: expected an RFC 3339 date-time such as 2024-01-02T03:04:05Z, found a string "yesterday"
         - /counts/1: expected an integer from -2147483648 to 2147483647, found a string "2"
         - /counts/2: expected an integer from -2147483648 to 2147483647, found a number 3.5
         - /counts/3: expected an integer from -2147483648 to 2147483647, found an object
         - /token: required property is missing\
        """,
        e.getMessage());
  }

  @Test
  void trailingContentIsAProblem() {
    DecodeException e =
        assertThrows(
            DecodeException.class,
            () ->
                Codecs.decode("{\"token\":\"t\",\"counts\":[]} 5", ConfigJson.INSTANCE, "Config"));
    assertEquals(
        List.of(
            new DecodeProblem(
                "", "expected the end of the input after the value, found a number 5")),
        e.problems());
  }

  @Test
  void nullAndEmptyDocumentsAreProblems() {
    DecodeException e =
        assertThrows(
            DecodeException.class, () -> Codecs.decode("null", ConfigJson.INSTANCE, "Config"));
    assertEquals(List.of(new DecodeProblem("", "expected Config, found null")), e.problems());
    e =
        assertThrows(
            DecodeException.class, () -> Codecs.decode("  ", ConfigJson.INSTANCE, "Config"));
    assertEquals(
        List.of(new DecodeProblem("", "expected Config, found the end of the input")),
        e.problems());
    e =
        assertThrows(
            DecodeException.class, () -> Codecs.decode("[]", ConfigJson.INSTANCE, "Config"));
    assertEquals(
        List.of(new DecodeProblem("", "expected an object, found an array")), e.problems());
  }

  @Test
  void malformedJsonIsAProblemAtItsPointer() {
    DecodeException e =
        assertThrows(
            DecodeException.class,
            () -> Codecs.decode("{\"counts\":[1, 2,", ConfigJson.INSTANCE, "Config"));
    assertEquals(1, e.problems().size());
    DecodeProblem problem = e.problems().get(0);
    assertEquals("/counts", problem.pointer());
    assertTrue(problem.message().startsWith("not valid JSON: "), problem.message());
    assertTrue(problem.message().contains("(line 1, column "), problem.message());
  }
}
