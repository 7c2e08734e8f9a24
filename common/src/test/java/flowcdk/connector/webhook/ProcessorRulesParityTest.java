package flowcdk.connector.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import flowcdk.processor.model.WebhookRule;
import flowcdk.processor.read.WebhookRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The processor checks a capture's webhook rules at compile time with its own copy of the rules
 * ({@link WebhookRules}, on strings): it gives the same verdict, in the same words, as the rules
 * here for every rule and pair of a corpus of valid, invalid and conflicting ones.
 */
class ProcessorRulesParityTest {

  private record Pair(MatchRule runtime, WebhookRule processor) {}

  private static final List<String> PATTERNS =
      List.of(
          "*",
          "/",
          "/foo",
          "/foo/",
          "/foo/bar",
          "/foo/bar/baz",
          "/foo/{x}/baz",
          "/foo/bar/{y}",
          "/foo/{x}/{y}",
          "/{x}/{y}",
          "/{a}/{b}",
          "/hooks/{id:[0-9]+}",
          "/it's",
          "hooks",
          "/a}",
          "/{id",
          "/{1d}",
          "/{id:[}",
          "/{}");

  private static List<Pair> corpus() {
    List<Pair> rules = new java.util.ArrayList<>();
    for (String pattern : PATTERNS) {
      rules.add(new Pair(UrlMatch.of(pattern), WebhookRule.url(pattern)));
    }
    for (String key : List.of("type", "event.type", "event..type", "1st", "X-Event")) {
      for (String value : List.of("push", "it's", "*")) {
        rules.add(new Pair(HeaderMatch.of(key, value), WebhookRule.header(key, value)));
        rules.add(new Pair(BodyMatch.of(key, value), WebhookRule.body(key, value)));
      }
    }
    return rules;
  }

  @Test
  void problemsAreTheRuntimes() {
    for (Pair rule : corpus()) {
      assertEquals(
          rule.runtime().problem(), WebhookRules.problem(rule.processor()), rule.toString());
    }
  }

  @Test
  void conflictsAreTheRuntimes() {
    List<Pair> rules = corpus();
    for (Pair a : rules) {
      for (Pair b : rules) {
        if (a.runtime().problem() == null && b.runtime().problem() == null) {
          assertEquals(
              a.runtime().conflictWith(b.runtime()),
              WebhookRules.conflict(a.processor(), b.processor()),
              a + " and " + b);
        }
      }
    }
  }

  @Test
  void displayNamesAreTheRuntimes() {
    for (Pair rule : corpus()) {
      assertEquals(rule.runtime().displayName(), rule.processor().displayName(), rule.toString());
    }
  }
}
