package flowcdk.example.greenhouse.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The next page's cursor, read from Harvest's {@code Link} header. */
class LinkHeaderTest {

  private static final String BASE = "https://harvest.greenhouse.io/v3/interviewers";

  @Test
  void theNextLinksCursor() {
    assertEquals("abc123", LinkHeader.nextCursor("<" + BASE + "?cursor=abc123>; rel=\"next\""));
  }

  @Test
  void noHeaderOrAnEmptyOneMeansTheLastPage() {
    assertNull(LinkHeader.nextCursor(null));
    assertNull(LinkHeader.nextCursor(""));
  }

  @Test
  void onlyTheNextRelationCounts() {
    assertNull(LinkHeader.nextCursor("<" + BASE + "?cursor=abc>; rel=\"prev\""));
    assertEquals(
        "def",
        LinkHeader.nextCursor(
            "<" + BASE + "?cursor=abc>; rel=\"prev\", <" + BASE + "?cursor=def>; rel=\"next\""));
  }

  @Test
  void spacesAfterTheSemicolonAreAllowed() {
    assertEquals("xyz", LinkHeader.nextCursor("<" + BASE + "?cursor=xyz>;   rel=\"next\""));
  }

  @Test
  void aNextLinkWithoutACursorMeansTheLastPage() {
    assertNull(LinkHeader.nextCursor("<" + BASE + "?page=2>; rel=\"next\""));
    assertNull(LinkHeader.nextCursor("<" + BASE + ">; rel=\"next\""));
    assertNull(LinkHeader.nextCursor("<" + BASE + "?cursor=>; rel=\"next\""));
  }

  @Test
  void theCursorIsDecodedAndOtherParametersIgnored() {
    assertEquals(
        "a+b/c=",
        LinkHeader.nextCursor("<" + BASE + "?per_page=2&cursor=a%2Bb%2Fc%3D#top>; rel=\"next\""));
  }
}
