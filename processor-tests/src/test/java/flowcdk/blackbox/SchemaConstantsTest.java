package flowcdk.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.codec.JsonCodec;
import flowcdk.runtime.json.RawJson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every generated codec's {@code SCHEMA}, compacted from the pretty {@code SCHEMA_JSON} without
 * parsing, is exactly what parsing the text gives, and is what {@code schema()} returns.
 */
class SchemaConstantsTest {

  @Test
  void schemaIsTheParsedSchemaText() throws Exception {
    List<Class<?>> codecs = codecs();
    assertTrue(codecs.size() > 20, "codecs found: " + codecs);
    for (Class<?> codec : codecs) {
      String text = (String) codec.getField("SCHEMA_JSON").get(null);
      RawJson schema = (RawJson) codec.getField("SCHEMA").get(null);
      assertEquals(RawJson.parse(text), schema, codec.getName());
      assertTrue(text.startsWith("{\n  \"title\": "), codec.getName() + " is pretty-printed");
      JsonCodec<?> instance = (JsonCodec<?>) codec.getField("INSTANCE").get(null);
      assertSame(schema, instance.schema(), codec.getName());
    }
  }

  /** The generated codecs of this module's models: every {@code *Json} class beside them. */
  private static List<Class<?>> codecs() throws IOException, URISyntaxException {
    Path classes =
        Path.of(Containers.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve("flowcdk/blackbox");
    try (Stream<Path> files = Files.list(classes)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith("Json.class") && !name.contains("$"))
          .sorted()
          .<Class<?>>map(name -> load("flowcdk.blackbox." + name.substring(0, name.length() - 6)))
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
