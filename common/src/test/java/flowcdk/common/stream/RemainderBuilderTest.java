package flowcdk.common.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import flowcdk.runtime.json.RawJson;
import org.junit.jupiter.api.Test;

/** The document rebuilt from the events outside the items. */
class RemainderBuilderTest {

  @Test
  void nothingIsNull() {
    assertEquals(RawJson.NULL, new RemainderBuilder().build());
  }

  @Test
  void aRepeatedKeyKeepsItsFirstPlaceAndLastValue() {
    RemainderBuilder b = new RemainderBuilder();
    b.startObject();
    b.key("a");
    b.number("1");
    b.key("b");
    b.string("x");
    b.key("a");
    b.startArray();
    b.bool(true);
    b.nullValue();
    b.end();
    b.key("c");
    b.startObject();
    b.end();
    b.end();
    assertEquals("{\"a\":[true,null],\"b\":\"x\",\"c\":{}}", b.build().toString());
  }

  @Test
  void theLastTopLevelValueWinsAndNumbersKeepTheirText() {
    RemainderBuilder b = new RemainderBuilder();
    b.startObject();
    b.end();
    b.number("1.50000000000000000000001E+400");
    assertEquals("1.50000000000000000000001E+400", b.build().toString());
  }

  @Test
  void theDeepestNestingTheParserAllowsIsWritten() {
    RemainderBuilder b = new RemainderBuilder();
    int depth = 10_000;
    for (int i = 0; i < depth; i++) {
      b.startArray();
    }
    for (int i = 0; i < depth; i++) {
      b.end();
    }
    assertEquals("[".repeat(depth) + "]".repeat(depth), b.build().toString());
  }

  @Test
  void stringsAreEscapedAsJson() {
    RemainderBuilder b = new RemainderBuilder();
    b.startObject();
    b.key("q\"");
    b.string("line\nbreak é 😀");
    b.end();
    assertEquals("{\"q\\\"\":\"line\\nbreak é 😀\"}", b.build().toString());
  }
}
