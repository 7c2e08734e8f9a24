package flowcdk.common.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import flowcdk.runtime.json.JsonFactories;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The non-blocking parser as an ordinary one, until its input runs out. */
class AvailableTokensTest {

  private static AvailableTokens over(String json) throws IOException {
    JsonParser parser = JsonFactories.factory().createNonBlockingByteArrayParser();
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    ((ByteArrayFeeder) parser.getNonBlockingInputFeeder()).feedInput(bytes, 0, bytes.length);
    return new AvailableTokens(parser);
  }

  @Test
  void everyWayToTheNextTokenThrowsWhereTheInputRunsOut() throws IOException {
    AvailableTokens p = over("{\"a\":[1,{\"b\":");
    assertEquals(JsonToken.START_OBJECT, p.nextToken());
    assertEquals("a", p.nextFieldName());
    assertEquals(JsonToken.START_ARRAY, p.nextToken());
    assertEquals(1, p.nextIntValue(0));
    assertEquals(JsonToken.START_OBJECT, p.nextToken());
    assertThrows(AvailableTokens.NeedMoreInput.class, p::skipChildren);
    assertThrows(AvailableTokens.NeedMoreInput.class, p::nextFieldName);
    assertThrows(AvailableTokens.NeedMoreInput.class, p::nextToken);
    assertThrows(AvailableTokens.NeedMoreInput.class, p::nextValue);
    assertThrows(AvailableTokens.NeedMoreInput.class, p::nextTextValue);
  }

  @Test
  void skipChildrenSkipsWhatIsThere() throws IOException {
    AvailableTokens p = over("[{\"a\":[1,[2]],\"b\":{}},3]");
    p.nextToken();
    p.nextToken();
    p.skipChildren();
    assertEquals(JsonToken.END_OBJECT, p.currentToken());
    assertEquals(JsonToken.VALUE_NUMBER_INT, p.nextValue());
  }
}
