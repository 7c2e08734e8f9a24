package flowcdk.processor.generate.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JavadocTextTest {

  private static final String COMMENT =
      """
       Captures orders posted to {@code /orders/{shop}} and {@link Foo#bar the bar}, through
       <em>one</em> endpoint.

       <p>More detail that is not the summary.

       @param id the order's id, {@code 42}
       @param total the total,
           in cents
       @return nothing
      """;

  @Test
  void theFirstParagraphKeepsBalancedBracesInCodeAndDropsHtml() {
    assertEquals(
        "Captures orders posted to `/orders/{shop}` and `the bar`, through one endpoint.",
        JavadocText.firstParagraph(COMMENT));
    assertEquals("", JavadocText.firstParagraph(null));
  }

  @Test
  void paramsAreReadWithTheirContinuationLines() {
    assertEquals(
        Map.of("id", "the order's id, `42`", "total", "the total, in cents"),
        JavadocText.params(COMMENT));
  }
}
