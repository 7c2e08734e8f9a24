package flowcdk.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import flowcdk.processor.model.WebhookRule;
import org.junit.jupiter.api.Test;

/**
 * The processor's webhook rule checks give the runtime's verdicts in the runtime's words (the
 * Python CDK's): the conflict examples of the Python CDK's router, the invalid patterns and keys.
 */
class WebhookRulesTest {

  private static String urls(String a, String b) {
    return WebhookRules.conflict(WebhookRule.url(a), WebhookRule.url(b));
  }

  @Test
  void urlPatternsMoreSpecificInDifferentSegmentsConflict() {
    assertEquals(
        "URL patterns '/foo/{x}/baz' and '/foo/bar/{y}' match the same URLs",
        urls("/foo/{x}/baz", "/foo/bar/{y}"));
  }

  @Test
  void aMoreSpecificUrlPatternDoesNotConflict() {
    assertNull(urls("/foo/{x}/baz", "/foo/{x}/{y}"));
    assertNull(urls("/foo/{x}/{y}", "/foo/{x}/baz"));
  }

  @Test
  void urlPatternsOfPlaceholdersAloneConflict() {
    assertEquals(
        "URL patterns '/{x}/{y}' and '/{a}/{b}' match the same URLs", urls("/{x}/{y}", "/{a}/{b}"));
  }

  @Test
  void urlPatternsOfDifferentLengthsOrLiteralsDoNotConflict() {
    assertNull(urls("/foo/bar", "/foo/bar/baz"));
    assertNull(urls("/foo/bar", "/foo/baz"));
    assertNull(urls("*", "/foo"));
  }

  @Test
  void twoWildcardsConflict() {
    assertEquals("The '*' wildcard can only be used in one UrlMatch definition", urls("*", "*"));
  }

  @Test
  void identicalUrlPatternsConflict() {
    assertEquals(
        "Only one UrlMatch can claim the '/hooks' discriminator value", urls("/hooks", "/hooks"));
    assertEquals(
        "Only one UrlMatch can claim the \"/it's\" discriminator value", urls("/it's", "/it's"));
  }

  @Test
  void headerRulesConflictOnTheSameKeyAndValueOnly() {
    assertEquals(
        "Only one HeaderMatch(key='X-Event') can claim the 'push' discriminator value",
        WebhookRules.conflict(
            WebhookRule.header("X-Event", "push"), WebhookRule.header("X-Event", "push")));
    assertNull(
        WebhookRules.conflict(
            WebhookRule.header("X-Event", "push"), WebhookRule.header("X-Kind", "push")));
    assertNull(
        WebhookRules.conflict(
            WebhookRule.header("X-Event", "push"), WebhookRule.header("X-Event", "pull")));
  }

  @Test
  void bodyRulesConflictOnTheSameKeyAndValueOnly() {
    assertEquals(
        "Only one BodyMatch(key='event.type') can claim the 'push' discriminator value",
        WebhookRules.conflict(
            WebhookRule.body("event.type", "push"), WebhookRule.body("event.type", "push")));
    assertNull(
        WebhookRules.conflict(
            WebhookRule.body("event.type", "push"), WebhookRule.body("type", "push")));
    assertNull(
        WebhookRules.conflict(
            WebhookRule.body("event.type", "push"), WebhookRule.body("event.type", "pull")));
  }

  @Test
  void rulesOfDifferentKindsNeverConflict() {
    assertNull(
        WebhookRules.conflict(
            WebhookRule.header("type", "push"), WebhookRule.body("type", "push")));
    assertNull(WebhookRules.conflict(WebhookRule.url("*"), WebhookRule.header("type", "*")));
    assertNull(WebhookRules.conflict(WebhookRule.body("type", "/a"), WebhookRule.url("/a")));
  }

  @Test
  void invalidUrlPatternsSayWhatToFix() {
    assertNull(WebhookRules.problem(WebhookRule.url("*")));
    assertNull(WebhookRules.problem(WebhookRule.url("/hooks/{id}/{rest:.*}")));
    assertEquals(
        "Invalid URL pattern 'hooks': it must start with '/', such as '/events' or '/hooks/{id}'",
        WebhookRules.problem(WebhookRule.url("hooks")));
    assertEquals(
        "Invalid URL pattern '/a}': '}' at position 2 closes no placeholder; placeholders are"
            + " {name}",
        WebhookRules.problem(WebhookRule.url("/a}")));
    assertEquals(
        "Invalid URL pattern '/{id': '{' at position 1 has no matching '}'; placeholders are"
            + " {name}",
        WebhookRules.problem(WebhookRule.url("/{id")));
    assertEquals(
        "Invalid URL pattern '/{1d}': placeholder {1d} needs a name of letters, digits and '_'"
            + " that does not start with a digit",
        WebhookRules.problem(WebhookRule.url("/{1d}")));
    assertEquals(
        "Invalid URL pattern '/{id:[}': placeholder {id:[} has an invalid regular expression:"
            + " Unclosed character class",
        WebhookRules.problem(WebhookRule.url("/{id:[}")));
  }

  @Test
  void invalidBodyKeysSayWhatToFix() {
    assertNull(WebhookRules.problem(WebhookRule.body("event.type", "push")));
    assertNull(WebhookRules.problem(WebhookRule.header("not a key", "push")));
    assertEquals(
        "Invalid body key 'event..type': use names of letters, digits and '_' (not starting with a"
            + " digit) joined by '.', such as 'event.type'",
        WebhookRules.problem(WebhookRule.body("event..type", "push")));
  }

  @Test
  void displayNamesAreTheRuntimes() {
    assertEquals("all", WebhookRule.url("*").displayName());
    assertEquals("foo_bar_baz", WebhookRule.url("/foo/{bar}/baz").displayName());
    assertEquals("push", WebhookRule.body("type", "push").displayName());
    assertEquals("Push Event", WebhookRule.header("X-Event", "Push Event").displayName());
  }
}
