package flowcdk.common.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import flowcdk.runtime.json.JsonFactories;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What JsonItemDecoder relies on in jackson-core's non-blocking parser, pinned so that an upgrade
 * that changes it fails here with a clear reason rather than as wrong item bytes elsewhere.
 */
class NonBlockingParserTest {

  /** Each token of {@code json} fed in {@code chunk}-byte pieces, with its start and end. */
  private static List<String> tokens(String json, int chunk) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    JsonParser parser = JsonFactories.factory().createNonBlockingByteArrayParser();
    ByteArrayFeeder feeder = (ByteArrayFeeder) parser.getNonBlockingInputFeeder();
    List<String> tokens = new ArrayList<>();
    int fed = 0;
    while (true) {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.NOT_AVAILABLE) {
        if (fed == bytes.length) {
          feeder.endOfInput();
        } else {
          int end = Math.min(bytes.length, fed + chunk);
          feeder.feedInput(bytes, fed, end);
          fed = end;
        }
      } else if (token == null) {
        return tokens;
      } else if (token.isScalarValue() || token.isStructStart()) {
        JsonLocation at = parser.currentTokenLocation();
        long end = parser.currentLocation().getByteOffset();
        tokens.add(
            (at.getByteOffset() - 1)
                + "-"
                + end
                + " "
                + new String(
                    bytes,
                    (int) at.getByteOffset() - 1,
                    (int) (end - at.getByteOffset() + 1),
                    StandardCharsets.UTF_8)
                + " @"
                + at.getLineNr()
                + ":"
                + at.getColumnNr());
      }
    }
  }

  @Test
  void aValuesTokenLocationIsOneByteAfterItsStartAndTheCurrentLocationIsItsEnd()
      throws IOException {
    String json = "{\"a\":[1, -22 ,\"x\\\"é\",true,\n null,{}],\"b\":2.5e3} 7 \"s\"";
    List<String> expected =
        List.of(
            "0-1 { @1:1",
            "5-6 [ @1:6",
            "6-7 1 @1:7",
            "9-12 -22 @1:10",
            "14-21 \"x\\\"é\" @1:15",
            "22-26 true @1:23",
            "29-33 null @2:2",
            "34-35 { @2:7",
            "42-47 2.5e3 @2:15",
            "49-50 7 @2:22",
            "51-54 \"s\" @2:24");
    for (int chunk : new int[] {json.length() + 2, 1, 2, 3, 5}) {
      assertEquals(expected, tokens(json, chunk), chunk + "-byte chunks");
    }
  }

  @Test
  void aTrailingCommaInAnObjectPassesWhenTheInputRunsOutAfterTheComma() throws IOException {
    // Why ParserFeed holds separators back. If this fails, jackson-core has been fixed and the
    // hold-back is no longer needed (JsonItemsSplitTest keeps checking the behaviour either way).
    assertEquals(List.of("0-1 { @1:1", "5-6 1 @1:6"), tokens("{\"a\":1,}", 7));
    assertThrows(JsonParseException.class, () -> tokens("{\"a\":1,}", 8));
  }
}
