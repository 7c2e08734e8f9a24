package flowcdk.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 7396's examples (Appendix A), plus nesting and the cases preview's state relies on. */
class MergePatchTest {

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Appendix A, in order
        "{\"a\":\"b\"}                 | {\"a\":\"c\"}             | {\"a\":\"c\"}",
        "{\"a\":\"b\"}                 | {\"b\":\"c\"}             | {\"a\":\"b\",\"b\":\"c\"}",
        "{\"a\":\"b\"}                 | {\"a\":null}              | {}",
        "{\"a\":\"b\",\"b\":\"c\"}     | {\"a\":null}              | {\"b\":\"c\"}",
        "{\"a\":[\"b\"]}               | {\"a\":\"c\"}             | {\"a\":\"c\"}",
        "{\"a\":\"c\"}                 | {\"a\":[\"b\"]}           | {\"a\":[\"b\"]}",
        "{\"a\":{\"b\":\"c\"}}         | {\"a\":{\"b\":\"d\",\"c\":null}} | {\"a\":{\"b\":\"d\"}}",
        "{\"a\":[{\"b\":\"c\"}]}       | {\"a\":[1]}               | {\"a\":[1]}",
        "[\"a\",\"b\"]                 | [\"c\",\"d\"]             | [\"c\",\"d\"]",
        "{\"a\":\"b\"}                 | [\"c\"]                   | [\"c\"]",
        "{\"a\":\"foo\"}               | null                      | null",
        "{\"a\":\"foo\"}               | \"bar\"                   | \"bar\"",
        "{\"e\":null}                  | {\"a\":1}                 | {\"e\":null,\"a\":1}",
        "[1,2]                         | {\"a\":\"b\",\"c\":null}  | {\"a\":\"b\"}",
        "{}                            | {\"a\":{\"bb\":{\"ccc\":null}}} | {\"a\":{\"bb\":{}}}",
        // nested state updates, as checkpoints send them
        "{\"bindingStateV1\":{\"a\":{\"inc\":{\"cursor\":1}},\"b\":{\"x\":true}}} | {\"bindingStateV1\":{\"a\":{\"inc\":{\"cursor\":2}}}} | {\"bindingStateV1\":{\"a\":{\"inc\":{\"cursor\":2}},\"b\":{\"x\":true}}}",
        "{\"bindingStateV1\":{\"a\":{\"inc\":{\"cursor\":1}},\"b\":{\"x\":true}}} | {\"bindingStateV1\":{\"b\":null}} | {\"bindingStateV1\":{\"a\":{\"inc\":{\"cursor\":1}}}}",
        "{\"n\":1.50,\"big\":123456789012345678901234567890} | {\"m\":2} | {\"n\":1.50,\"big\":123456789012345678901234567890,\"m\":2}",
      })
  void appliesAsRfc7396Says(String target, String patch, String expected) {
    assertEquals(
        RawJson.parse(expected), MergePatch.apply(RawJson.parse(target), RawJson.parse(patch)));
  }
}
