package flowcdk.common.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Whitespace outside strings removed, nothing else touched. */
class CompactJsonTest {

  private static String strip(String json) {
    return new String(
        CompactJson.strip(json.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
  }

  @Test
  void whitespaceInsideStringsStaysAndEscapesAreKept() {
    assertEquals(
        "{\"a b\":\" x\\\" \\\\\",\"c\":[1,\"\\t \"]}",
        strip("{ \"a b\" :\t\" x\\\" \\\\\" ,\r\n \"c\" : [ 1 , \"\\t \" ] }"));
  }

  @Test
  void compactInputIsReturnedAsItIs() {
    byte[] json = "{\"a\":\"é 😀\",\"n\":1.0e5}".getBytes(StandardCharsets.UTF_8);
    assertSame(json, CompactJson.strip(json));
  }
}
