package flowcdk.connector.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** URL path patterns: what they accept, what they match, and why they are refused. */
class UrlPatternTest {

  @Test
  void placeholdersMatchOneNonEmptySegment() {
    UrlPattern pattern = UrlPattern.parse("/hooks/{id}");
    assertTrue(pattern.matches("/hooks/42"));
    assertFalse(pattern.matches("/hooks/"));
    assertFalse(pattern.matches("/hooks/4/2"));
    assertFalse(pattern.matches("/hooks"));
    assertFalse(pattern.matches("/other/42"));
  }

  @Test
  void literalsMatchThemselvesOnly() {
    UrlPattern pattern = UrlPattern.parse("/v2/events.json");
    assertTrue(pattern.matches("/v2/events.json"));
    assertFalse(pattern.matches("/v2/eventsXjson"), "a '.' is not a regular expression");
    assertTrue(UrlPattern.parse("/").matches("/"));
    assertFalse(UrlPattern.parse("/").matches("/a"));
  }

  @Test
  void regularExpressionPlaceholdersAndPlaceholdersWithinASegment() {
    UrlPattern files = UrlPattern.parse("/files/{name:[a-z]+\\.csv}");
    assertTrue(files.matches("/files/orders.csv"));
    assertFalse(files.matches("/files/Orders.csv"));
    UrlPattern pair = UrlPattern.parse("/{from}-{to}");
    assertTrue(pair.matches("/a-b"));
    assertFalse(pair.matches("/ab"));
    assertTrue(UrlPattern.parse("/ids/{id:\\d{2,4}}").matches("/ids/123"), "braces in a regex");
  }

  @Test
  void invalidPatternsSayWhatToFix() {
    assertProblem(
        "hooks", "Invalid URL pattern 'hooks': it must start with '/', such as '/events'");
    assertProblem("/a/{id", "Invalid URL pattern '/a/{id': '{' at position 3 has no matching '}'");
    assertProblem(
        "/a/id}", "Invalid URL pattern '/a/id}': '}' at position 5 closes no placeholder");
    assertProblem("/a/{1d}", "Invalid URL pattern '/a/{1d}': placeholder {1d} needs a name");
    assertProblem("/a/{}", "Invalid URL pattern '/a/{}': placeholder {} needs a name");
    assertProblem(
        "/a/{id:[}", "Invalid URL pattern '/a/{id:[}': placeholder {id:[} has an invalid regular");
  }

  @Test
  void placeholderValuesByName() {
    assertEquals(
        java.util.Map.of("shop", "acme", "id", "42"),
        UrlPattern.parse("/shops/{shop}/orders/{id}").values("/shops/acme/orders/42"));
    assertEquals(
        java.util.List.of("y", "m", "rest"),
        java.util.List.copyOf(
            UrlPattern.parse("/{y:(\\d{4})}-{m:(0[1-9]|1[0-2])}/{rest}")
                .values("/2026-03/x")
                .keySet()));
    assertEquals(
        java.util.Map.of("y", "2026", "m", "03", "rest", "x"),
        UrlPattern.parse("/{y:(\\d{4})}-{m:(0[1-9]|1[0-2])}/{rest}").values("/2026-03/x"),
        "groups inside a placeholder's regular expression do not shift the others");
    assertEquals(java.util.Map.of(), UrlPattern.parse("/a/{x}").values("/b/1"));
  }

  @Test
  void segmentsAndLiteralCounts() {
    assertEquals(3, UrlPattern.literalSegments("/a/b/c/"));
    assertEquals(1, UrlPattern.literalSegments("/a/{x}/{y}"));
    assertEquals(0, UrlPattern.literalSegments("/{x}"));
  }

  private static void assertProblem(String pattern, String start) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> UrlPattern.parse(pattern));
    assertTrue(e.getMessage().startsWith(start), e.getMessage());
    assertEquals(e.getMessage(), UrlMatch.of(pattern).problem());
  }
}
