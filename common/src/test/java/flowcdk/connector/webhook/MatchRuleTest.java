package flowcdk.connector.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import flowcdk.runtime.codec.Codecs;
import flowcdk.runtime.json.RawJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Match rules as the Python CDK reads, names and compares them. */
class MatchRuleTest {

  @Test
  void theJsonShapeIsThePythonCdks() throws Exception {
    String body = "{\"value\":\"install\",\"key\":\"event_type\",\"type\":\"body\"}";
    MatchRule rule = Codecs.decode(RawJson.parse(body), MatchRuleJson.INSTANCE, "match_rule");
    assertEquals(BodyMatch.of("event_type", "install"), rule);
    assertEquals(body, Codecs.encode(rule, MatchRuleJson.INSTANCE).toString());
    assertEquals(
        UrlMatch.of("*"),
        Codecs.decode(
            RawJson.parse("{\"value\":\"*\",\"type\":\"url\"}"), MatchRuleJson.INSTANCE, "rule"));
    assertEquals(
        HeaderMatch.of("X-Event", "push"),
        Codecs.decode(
            RawJson.parse("{\"type\":\"header\",\"key\":\"X-Event\",\"value\":\"push\"}"),
            MatchRuleJson.INSTANCE,
            "rule"));
  }

  @Test
  void displayNames() {
    assertEquals("all", UrlMatch.of("*").displayName());
    assertEquals("foo_bar_baz", UrlMatch.of("/foo/{bar}/baz").displayName());
    assertEquals("v2_events", UrlMatch.of("/v2/events").displayName());
    assertEquals("push", HeaderMatch.of("X-Event", "push").displayName());
    assertEquals("install", BodyMatch.of("event_type", "install").displayName());
  }

  @Test
  void urlConflicts() {
    assertConflict("*", "*", "The '*' wildcard can only be used in one UrlMatch definition");
    assertConflict("/a", "/a", "Only one UrlMatch can claim the '/a' discriminator value");
    assertConflict("*", "/a", null);
    assertConflict(
        "/foo/{x}/baz",
        "/foo/bar/{y}",
        "URL patterns '/foo/{x}/baz' and '/foo/bar/{y}' match the same URLs");
    assertConflict("/foo/{x}/baz", "/foo/{x}/{y}", null);
    assertConflict(
        "/{x}/{y}", "/{a}/{b}", "URL patterns '/{x}/{y}' and '/{a}/{b}' match the same URLs");
    assertConflict("/foo/bar", "/foo/bar/baz", null);
    assertConflict("/foo/bar", "/foo/baz", null);
  }

  @Test
  void headerAndBodyConflictsAreSameKeyAndValue() {
    assertEquals(
        "Only one HeaderMatch(key='X-Event') can claim the 'push' discriminator value",
        HeaderMatch.of("X-Event", "push").conflictWith(HeaderMatch.of("X-Event", "push")));
    assertNull(HeaderMatch.of("X-Event", "push").conflictWith(HeaderMatch.of("X-Event", "pull")));
    assertNull(HeaderMatch.of("X-Event", "push").conflictWith(HeaderMatch.of("X-Kind", "push")));
    assertNull(HeaderMatch.of("type", "push").conflictWith(BodyMatch.of("type", "push")));
    assertEquals(
        "Only one BodyMatch(key='event.type') can claim the \"it's\" discriminator value",
        BodyMatch.of("event.type", "it's").conflictWith(BodyMatch.of("event.type", "it's")));
    assertNull(UrlMatch.of("*").conflictWith(HeaderMatch.of("a", "b")));
  }

  @Test
  void bodyKeysAreDottedNames() {
    assertNull(BodyMatch.of("event.type_2", "x").problem());
    assertEquals(
        "Invalid body key 'event..type': use names of letters, digits and '_' (not starting with a"
            + " digit) joined by '.', such as 'event.type'",
        BodyMatch.of("event..type", "x").problem());
    assertEquals(
        List.of(
            "Invalid body key '2nd': use names of letters, digits and '_' (not starting with a"
                + " digit) joined by '.', such as 'event.type'",
            "Invalid URL pattern 'x': it must start with '/', such as '/events' or '/hooks/{id}'"),
        Router.problems(List.of(BodyMatch.of("2nd", "x"), UrlMatch.of("x"))));
  }

  private static void assertConflict(String a, String b, String message) {
    assertEquals(message, UrlMatch.of(a).conflictWith(UrlMatch.of(b)));
    assertEquals(
        message == null
            ? null
            : message.replace("'" + a + "' and '" + b + "'", "'" + b + "' and '" + a + "'"),
        UrlMatch.of(b).conflictWith(UrlMatch.of(a)));
  }
}
