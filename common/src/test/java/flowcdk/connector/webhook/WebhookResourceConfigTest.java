package flowcdk.connector.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.codec.Codecs;
import flowcdk.runtime.codec.DecodeException;
import flowcdk.runtime.json.RawJson;
import org.junit.jupiter.api.Test;

/** The webhook resource config reads and writes the Python CDK's shape. */
class WebhookResourceConfigTest {

  @Test
  void aRuleIsReadAndWrittenBack() throws Exception {
    String json =
        "{\"name\":\"install\",\"match_rule\":{\"value\":\"install\",\"key\":\"event_type\","
            + "\"type\":\"body\"}}";
    WebhookResourceConfig config = decode(json);
    assertEquals(BodyMatch.of("event_type", "install"), config.rule());
    assertEquals(json, Codecs.encode(config, WebhookResourceConfigJson.INSTANCE).toString());
  }

  @Test
  void anAbsentRuleIsTheWildcardAndStaysAbsent() throws Exception {
    WebhookResourceConfig config = decode("{\"name\":\"all\"}");
    assertNull(config.matchRule());
    assertEquals(UrlMatch.of("*"), config.rule());
    assertEquals(
        "{\"name\":\"all\"}", Codecs.encode(config, WebhookResourceConfigJson.INSTANCE).toString());
  }

  @Test
  void unknownPropertiesAndUnknownRuleTypesAreRefused() {
    DecodeException unknown =
        assertThrows(DecodeException.class, () -> decode("{\"name\":\"a\",\"interval\":\"PT1M\"}"));
    assertTrue(unknown.getMessage().contains("interval"), unknown.getMessage());
    DecodeException type =
        assertThrows(
            DecodeException.class,
            () -> decode("{\"name\":\"a\",\"match_rule\":{\"value\":\"x\",\"type\":\"query\"}}"));
    assertTrue(type.getMessage().contains("query"), type.getMessage());
  }

  private static WebhookResourceConfig decode(String json) throws DecodeException {
    return Codecs.decode(
        RawJson.parse(json), WebhookResourceConfigJson.INSTANCE, "resource config");
  }
}
