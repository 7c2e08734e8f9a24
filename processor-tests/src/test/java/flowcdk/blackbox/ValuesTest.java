package flowcdk.blackbox;

import static flowcdk.blackbox.Json.assertProblem;
import static flowcdk.blackbox.Json.decode;
import static flowcdk.blackbox.Json.problems;
import static flowcdk.blackbox.Json.raw;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import flowcdk.runtime.codec.DecodeException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** UUIDs, bytes and enums. */
class ValuesTest {

  @Test
  void uuidsAndBytes() {
    UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    byte[] data = {0, 1, 2, (byte) 0xfb, (byte) 0xff, (byte) 0xfe};
    String json = "{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"data\":\"AAEC+//+\"}";
    assertEquals(json, IdentifiersJson.encode(new Identifiers(id, data)).toString());
    Identifiers read = decode(IdentifiersJson::decode, json);
    assertEquals(id, read.id());
    assertArrayEquals(data, read.data());
  }

  @Test
  void uuidsInUpperCaseAndUrlSafeBase64AreAccepted() {
    Identifiers read =
        decode(
            IdentifiersJson::decode,
            "{\"id\":\"123E4567-E89B-12D3-A456-426614174000\",\"data\":\"AAEC-__-\"}");
    assertEquals(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), read.id());
    assertArrayEquals(new byte[] {0, 1, 2, (byte) 0xfb, (byte) 0xff, (byte) 0xfe}, read.data());
    assertArrayEquals(
        "hi".getBytes(StandardCharsets.UTF_8),
        decode(IdentifiersJson::decode, "{\"data\":\"aGk\"}").data());
    assertArrayEquals(new byte[0], decode(IdentifiersJson::decode, "{\"data\":\"\"}").data());
  }

  @Test
  void badUuidsAndBytesAreProblems() {
    assertEquals(
        List.of(
            "/id: expected a UUID such as 123e4567-e89b-12d3-a456-426614174000, found a string \"123\"",
            "/data: expected a base64 string, found a string \"not base64!\""),
        problems(IdentifiersJson::decode, "{\"id\":\"123\",\"data\":\"not base64!\"}"));
  }

  @Test
  void enumsUseTheirJsonNames() throws DecodeException {
    Enums value = new Enums(Color.GREEN, Enums.Size.LARGE, List.of(Color.RED, Color.BLUE));
    String json = "{\"color\":\"green\",\"size\":\"l\",\"palette\":[\"RED\",\"dark-blue\"]}";
    assertEquals(json, EnumsJson.encode(value).toString());
    assertEquals(value, decode(EnumsJson::decode, json));
    assertEquals("\"dark-blue\"", ColorJson.encode(Color.BLUE).toString());
    assertEquals(Color.GREEN, ColorJson.decode(raw("\"green\"")));
  }

  @Test
  void enumsMatchExactly() {
    assertEquals(
        List.of(
            "/color: expected one of \"RED\", \"green\", \"dark-blue\", found a string \"GREEN\"",
            "/size: expected one of \"s\", \"l\", found a number 1",
            "/palette/1: expected one of \"RED\", \"green\", \"dark-blue\", found a string \"red\""),
        problems(
            EnumsJson::decode, "{\"color\":\"GREEN\",\"size\":1,\"palette\":[\"RED\",\"red\"]}"));
    assertProblem(
        ColorJson::decode,
        "\"BLUE\"",
        "/: expected one of \"RED\", \"green\", \"dark-blue\", found a string \"BLUE\"");
    assertNull(decode(EnumsJson::decode, "{\"color\":null}").color());
  }
}
