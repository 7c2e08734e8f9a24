package flowcdk.connector.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.connector.ResourceSpec;
import flowcdk.connector.ValidationException;
import flowcdk.connector.webhook.BodyMatch;
import flowcdk.connector.webhook.UrlMatch;
import flowcdk.connector.webhook.UrlMatchJson;
import flowcdk.connector.webhook.WebhookResourceConfig;
import flowcdk.runtime.json.RawJson;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which bindings are webhook bindings, with which rule, and what is wrong with their rules. */
class WebhookBindingsTest {

  private static ResourceSpec webhook(String name, String rule) {
    return ResourceSpec.builder(name).webhook(UrlMatch.of(rule), UrlMatchJson.INSTANCE).build();
  }

  @Test
  void aBindingsRuleComesFromItsResourceConfigElseFromItsResource() {
    WebhookBindings bindings = new WebhookBindings();
    bindings.add(0, webhook("a", "/a"), new WebhookResourceConfig("a", null, null));
    bindings.add(1, webhook("b", "/b"), RawJson.parse("{\"name\":\"b\"}"));
    bindings.add(
        2, webhook("c", "/c"), new WebhookResourceConfig("c", BodyMatch.of("kind", "c"), null));
    bindings.add(
        3,
        ResourceSpec.builder("polled")
            .key("/id")
            .schema(RawJson.EMPTY_OBJECT)
            .opener(binding -> Future.succeededFuture())
            .build(),
        RawJson.parse("{\"name\":\"polled\"}"));
    assertEquals(
        List.of(UrlMatch.of("*"), UrlMatch.of("/b"), BodyMatch.of("kind", "c")),
        bindings.bindings().stream().map(b -> b.rule()).toList());
    assertEquals(List.of(0, 1, 2), bindings.bindings().stream().map(b -> b.index()).toList());
    assertEquals(List.of(), bindings.problems());
  }

  @Test
  void conflictingRulesAreProblems() {
    WebhookBindings bindings = new WebhookBindings();
    bindings.add(0, webhook("a", "*"), RawJson.parse("{\"name\":\"a\"}"));
    bindings.add(1, webhook("b", "*"), RawJson.parse("{\"name\":\"b\"}"));
    assertEquals(
        List.of("The '*' wildcard can only be used in one UrlMatch definition"),
        bindings.problems());
  }

  @Test
  void thePortComesFromPortOr8080() {
    assertEquals(8080, WebhookBindings.port(Map.of()));
    assertEquals(9000, WebhookBindings.port(Map.of("PORT", "9000")));
    ValidationException wrong =
        assertThrows(ValidationException.class, () -> WebhookBindings.port(Map.of("PORT", "x")));
    assertTrue(wrong.getMessage().contains("PORT must be the webhook endpoint's port"));
    assertThrows(ValidationException.class, () -> WebhookBindings.port(Map.of("PORT", "70000")));
  }
}
