package flowcdk.connector.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Routing: the most specific rule first, ties in binding order, the first match wins. */
class RouterTest {

  private static final WebhookRequest PLAIN = new WebhookRequest("/a/b", Map.of());

  @Test
  void routingOrderIsHeadersBodiesPatternsByLiteralsThenTheWildcard() {
    Router router =
        Router.of(
            List.of(
                UrlMatch.of("*"),
                UrlMatch.of("/a/{x}"),
                UrlMatch.of("/a/b"),
                BodyMatch.of("kind", "k"),
                HeaderMatch.of("X-Kind", "k"),
                HeaderMatch.of("X-Other", "k")));
    assertEquals(List.of(4, 5, 3, 2, 1, 0), router.order());
  }

  @Test
  void theFirstMatchingRuleWins() {
    Router router =
        Router.of(
            List.of(
                UrlMatch.of("*"),
                UrlMatch.of("/a/{x}"),
                UrlMatch.of("/a/b"),
                BodyMatch.of("event.kind", "k"),
                HeaderMatch.of("X-Kind", "k")));
    assertEquals(OptionalInt.of(2), router.route(PLAIN, Map.of()));
    assertEquals(OptionalInt.of(1), router.route(new WebhookRequest("/a/c", Map.of()), Map.of()));
    assertEquals(OptionalInt.of(0), router.route(new WebhookRequest("/z", Map.of()), Map.of()));
    assertEquals(OptionalInt.of(3), router.route(PLAIN, Map.of("event", Map.of("kind", "k"))));
    assertEquals(
        OptionalInt.of(4),
        router.route(
            new WebhookRequest("/a/b", Map.of("x-kind", "k")),
            Map.of("event", Map.of("kind", "k"))));
  }

  @Test
  void headersCompareNamesWithoutCaseAndValuesExactly() {
    Router router = Router.of(List.of(HeaderMatch.of("X-Event", "Push")));
    assertEquals(
        OptionalInt.of(0),
        router.route(new WebhookRequest("/", Map.of("x-event", "Push")), Map.of()));
    assertEquals(
        OptionalInt.empty(),
        router.route(new WebhookRequest("/", Map.of("X-Event", "push")), Map.of()));
    assertEquals(OptionalInt.empty(), router.route(PLAIN, Map.of()));
  }

  @Test
  void bodyValuesAreComparedAsTextJsonForNonStrings() {
    assertBody("42", Map.of("n", 42), true);
    assertBody("1.5", Map.of("n", 1.5), true);
    assertBody("true", Map.of("n", true), true);
    assertBody("True", Map.of("n", true), false);
    assertBody("[1,\"a\"]", Map.of("n", List.of(1, "a")), true);
    assertBody("{\"a\":1}", Map.of("n", Map.of("a", 1)), true);
    assertBody("x", Map.of("m", "x"), false);
    java.util.HashMap<String, Object> withNull = new java.util.HashMap<>();
    withNull.put("n", null);
    assertBody("null", withNull, false);
  }

  @Test
  void bodyPathsWalkObjectsOnly() {
    Router router = Router.of(List.of(BodyMatch.of("a.b", "x")));
    assertEquals(OptionalInt.of(0), router.route(PLAIN, Map.of("a", Map.of("b", "x"))));
    assertEquals(OptionalInt.empty(), router.route(PLAIN, Map.of("a", "b")));
    assertEquals(OptionalInt.empty(), router.route(PLAIN, Map.of("a", List.of(Map.of("b", "x")))));
    assertEquals(OptionalInt.empty(), router.route(PLAIN, Map.of("a", Map.of("c", "x"))));
  }

  @Test
  void conflictingRulesMakeNoRouter() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Router.of(List.of(UrlMatch.of("*"), UrlMatch.of("/a"), UrlMatch.of("*"))));
    assertEquals("The '*' wildcard can only be used in one UrlMatch definition", e.getMessage());
  }

  private static void assertBody(String value, Map<String, ?> document, boolean routed) {
    Router router = Router.of(List.of(BodyMatch.of("n", value)));
    assertEquals(
        routed ? OptionalInt.of(0) : OptionalInt.empty(), router.route(PLAIN, document), value);
  }
}
