package flowcdk.connector.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.connector.ResourceSpec;
import flowcdk.runtime.json.JsonValues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ResourceSpec.Builder#webhook}: what a webhook resource gets by default. */
class WebhookResourceSpecTest {

  @Test
  void aWebhookResourceHasTheWebhookKeyConfigAcknowledgementsAndMeta() {
    ResourceSpec spec =
        ResourceSpec.builder("orders")
            .webhook(UrlMatch.of("/orders/{shop}"), UrlMatchJson.INSTANCE)
            .build();
    assertEquals(List.of(ResourceSpec.WEBHOOK_KEY), spec.key());
    assertTrue(spec.explicitAcknowledgements());
    assertEquals(List.of("orders"), spec.resourcePath());
    assertEquals(
        "{\"name\":\"orders\",\"match_rule\":{\"value\":\"/orders/{shop}\",\"type\":\"url\"}}",
        spec.resourceConfig().toString());
    assertEquals(UrlMatch.of("/orders/{shop}"), spec.webhookRule().orElseThrow());

    Map<?, ?> schema = (Map<?, ?>) JsonValues.read(spec.documentSchema());
    Map<?, ?> properties = (Map<?, ?>) schema.get("properties");
    assertEquals("_meta", properties.keySet().iterator().next());
    assertEquals(List.of("_meta", "value"), schema.get("required"));
    Map<?, ?> meta = (Map<?, ?>) properties.get("_meta");
    assertEquals(
        List.of("op", "webhookId", "receivedAt", "headers", "reqPath"), meta.get("required"));
    assertTrue(properties.containsKey("type"), "the model's own properties stay: " + properties);
  }

  @Test
  void anExplicitKeyIsKept() {
    ResourceSpec spec =
        ResourceSpec.builder("events")
            .key("/_meta/webhookId", "/value")
            .webhook(HeaderMatch.of("X-Kind", "event"), UrlMatchJson.INSTANCE)
            .build();
    assertEquals(List.of("/_meta/webhookId", "/value"), spec.key());
  }

  @Test
  void anInvalidRuleOrASnapshotWebhookIsRefused() {
    IllegalArgumentException invalid =
        assertThrows(
            IllegalArgumentException.class,
            () -> ResourceSpec.builder("a").webhook(UrlMatch.of("a/{x"), UrlMatchJson.INSTANCE));
    assertTrue(invalid.getMessage().startsWith("resource a: Invalid URL pattern 'a/{x'"));
    IllegalArgumentException snapshot =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ResourceSpec.builder("a")
                    .webhook(UrlMatch.of("*"), UrlMatchJson.INSTANCE)
                    .snapshot()
                    .build());
    assertTrue(snapshot.getMessage().contains("both a webhook and a snapshot"));
  }
}
