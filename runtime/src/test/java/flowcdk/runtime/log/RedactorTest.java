package flowcdk.runtime.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedactorTest {

  private static final RawJson SCHEMA =
      RawJson.parse(
          "{\"type\":\"object\",\"properties\":{"
              + "\"host\":{\"type\":\"string\"},"
              + "\"pin\":{\"type\":\"string\",\"secret\":true},"
              + "\"credentials\":{\"oneOf\":["
              + "  {\"properties\":{\"access_token\":{\"type\":\"string\",\"secret\":true}}},"
              + "  {\"properties\":{\"client_id\":{\"type\":\"string\"},\"client_secret\":{\"type\":\"string\",\"airbyte_secret\":true}}}]},"
              + "\"keys\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"secret\":true}}}}");

  private static final RawJson CONFIG =
      RawJson.parse(
          "{\"host\":\"db.example.com\",\"pin\":\"42\","
              + "\"credentials\":{\"client_id\":\"my-client\",\"client_secret\":\"cs-9f8e7d6c\"},"
              + "\"keys\":[\"key-one-111\",\"key-two-222\"]}");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private Redactor redactor;
  private LogWriter previous;

  @BeforeEach
  void install() {
    redactor = new Redactor();
    redactor.usePaths(SecretPaths.fromSchema(SCHEMA));
    previous = Logging.install(new LogWriter(out, LogFormat.JSON, Level.DEBUG, redactor));
  }

  @AfterEach
  void restore() {
    Logging.install(previous);
  }

  private Map<?, ?> onlyLine() {
    String text = out.toString(StandardCharsets.UTF_8);
    String[] lines = text.lines().toArray(String[]::new);
    assertEquals(1, lines.length, text);
    return assertInstanceOf(Map.class, JsonValues.read(RawJson.parse(lines[0])));
  }

  private static Map<?, ?> fields(Map<?, ?> line) {
    return assertInstanceOf(Map.class, line.get("fields"));
  }

  @Test
  void masksSecretsByLocationInARawJsonField() {
    Log.root().info("opened", Fields.of("config", CONFIG));
    Map<?, ?> config = assertInstanceOf(Map.class, fields(onlyLine()).get("config"));
    assertEquals("db.example.com", config.get("host"));
    assertEquals(Redactor.MASK, config.get("pin"), "short values are still masked by location");
    Map<?, ?> credentials = assertInstanceOf(Map.class, config.get("credentials"));
    assertEquals("my-client", credentials.get("client_id"));
    assertEquals(Redactor.MASK, credentials.get("client_secret"));
    assertEquals(List.of(Redactor.MASK, Redactor.MASK), config.get("keys"));
    assertEquals(List.of("host", "pin", "credentials", "keys"), List.copyOf(config.keySet()));
  }

  @Test
  void masksSecretsByLocationInAMapField() {
    Map<String, Object> credentials = new LinkedHashMap<>();
    credentials.put("access_token", "tok-abcdef");
    credentials.put("client_id", "visible");
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("credentials", credentials);
    config.put("host", "h");
    Log.root().info("map", Fields.of("config", config));
    Map<?, ?> logged = assertInstanceOf(Map.class, fields(onlyLine()).get("config"));
    assertEquals(
        Map.of("access_token", Redactor.MASK, "client_id", "visible"), logged.get("credentials"));
    assertEquals("h", logged.get("host"));
    assertEquals("tok-abcdef", credentials.get("access_token"), "the caller's map is not changed");
  }

  @Test
  void scrubsRegisteredValuesFromMessagesFieldsAndTracebacks() {
    redactor.register(CONFIG);
    RuntimeException error = new RuntimeException("auth failed with cs-9f8e7d6c");
    Log.root()
        .log(
            Level.ERROR,
            "calling https://api.example.com/?key=key-two-222&x=1",
            Fields.of(
                "detail",
                "secret cs-9f8e7d6c leaked",
                "nested",
                List.of(Map.of("k", "key-one-111"))),
            error);
    String text = out.toString(StandardCharsets.UTF_8);
    assertFalse(text.contains("cs-9f8e7d6c"), text);
    assertFalse(text.contains("key-one-111"), text);
    assertFalse(text.contains("key-two-222"), text);
    Map<?, ?> line = onlyLine();
    assertEquals("calling https://api.example.com/?key=[redacted]&x=1", line.get("msg"));
    Map<?, ?> fields = fields(line);
    assertEquals("secret [redacted] leaked", fields.get("detail"));
    assertEquals(List.of(Map.of("k", Redactor.MASK)), fields.get("nested"));
    List<?> traceback = assertInstanceOf(List.class, fields.get("traceback"));
    assertEquals("java.lang.RuntimeException: auth failed with [redacted]", traceback.get(0));
  }

  @Test
  void secretsOfTheWrongTypeAndInsideSecretObjectsAreScrubbedToo() {
    // A config that does not match its schema: the secret pin is a number, a secret key an object.
    redactor.register(
        RawJson.parse(
            "{\"host\":\"h\",\"pin\":987654321,\"keys\":[{\"k\":\"s3cr3t-MARKER\"},[true,1234]]}"));
    assertEquals(
        "found [redacted], [redacted] and [redacted]; true",
        redactor.scrub("found 987654321, s3cr3t-MARKER and 1234; true"));
  }

  @Test
  void shortValuesAreNotScrubbedFromFreeText() {
    redactor.register(CONFIG); // pin "42" is secret but too short to scrub by value
    redactor.registerValue("ab");
    redactor.registerValue(null);
    Log.root().info("answer is 42, ab", Fields.of("n", "42"));
    Map<?, ?> line = onlyLine();
    assertEquals("answer is 42, ab", line.get("msg"));
    assertEquals("42", fields(line).get("n"));
    assertEquals("x[redacted]x", redactor.scrub("xkey-one-111x"));
    assertEquals("abc", new Redactor().scrub("abc"), "nothing registered");
  }

  @Test
  void anEncryptedConfigKeepsItsEncryptedValuesButPlaintextSecretsAreScrubbed() {
    redactor.register(CONFIG);
    RawJson encrypted =
        RawJson.parse(
            "{\"host\":\"db.example.com\",\"pin_sops\":\"ENC[AES256_GCM,data:Zm9v]\","
                + "\"credentials\":{\"client_id\":\"my-client\",\"client_secret\":\"ENC[AES256_GCM,data:YmFy]\"},"
                + "\"note\":\"old secret was cs-9f8e7d6c\","
                + "\"keys\":[\"ENC[AES256_GCM,data:a2V5]\"],\"sops\":{\"version\":\"3.8.1\"}}");
    Log.root().configUpdate("Rotating OAuth2 tokens in endpoint config.", encrypted);
    Map<?, ?> fields = fields(onlyLine());
    assertEquals("configUpdate", fields.get("eventType"));
    Map<?, ?> config = assertInstanceOf(Map.class, fields.get("config"));
    Map<?, ?> credentials = assertInstanceOf(Map.class, config.get("credentials"));
    assertEquals(
        "ENC[AES256_GCM,data:YmFy]", credentials.get("client_secret"), "not masked by location");
    assertEquals(List.of("ENC[AES256_GCM,data:a2V5]"), config.get("keys"));
    assertEquals("ENC[AES256_GCM,data:Zm9v]", config.get("pin_sops"));
    assertEquals("old secret was [redacted]", config.get("note"), "plaintext secrets are scrubbed");
    assertEquals(Map.of("version", "3.8.1"), config.get("sops"));
  }

  @Test
  void registerCollectsOnlyValuesAtSecretLocations() {
    redactor.register(CONFIG);
    assertEquals("db.example.com my-client", redactor.scrub("db.example.com my-client"));
    assertEquals("[redacted] [redacted]", redactor.scrub("key-one-111 key-two-222"));
  }

  @Test
  void aSecretContainingAnotherIsScrubbedWhole() {
    redactor.registerValue("hunter2");
    redactor.registerValue("hunter2-extended-token");
    assertEquals(
        "token=[redacted];pw=[redacted]",
        redactor.scrub("token=hunter2-extended-token;pw=hunter2"));
  }

  @Test
  void fieldValuesOfOtherTypesAreScrubbedToo() {
    redactor.registerValue("s3cr3t-value");
    Log.root()
        .error(
            "emit failed",
            Fields.of(
                "error",
                new IllegalStateException("token s3cr3t-value rejected"),
                "url",
                URI.create("https://api.example.com/?token=s3cr3t-value"),
                "args",
                new Object[] {"s3cr3t-value", 1}));
    String text = out.toString(StandardCharsets.UTF_8);
    assertFalse(text.contains("s3cr3t-value"), text);
    Map<?, ?> fields = fields(onlyLine());
    assertEquals("java.lang.IllegalStateException: token [redacted] rejected", fields.get("error"));
    assertEquals("https://api.example.com/?token=[redacted]", fields.get("url"));
    assertEquals(List.of("[redacted]", 1L), fields.get("args"));
  }

  @Test
  void redactKeepsNumbersBooleansAndNulls() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("n", 5);
    value.put("b", true);
    value.put("z", null);
    value.put("d", new java.math.BigDecimal("1.50"));
    assertEquals(value, redactor.redact(value));
  }
}
