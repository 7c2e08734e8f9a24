package flowcdk.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InMemoryMergePatchTest {

  private static String apply(String target, String patch) {
    return MergePatch.apply(RawJson.parse(target), RawJson.parse(patch)).toString();
  }

  private static String inMemory(String target, String patch) {
    return MergePatch.applyInMemory(RawJson.parse(target), RawJson.parse(patch)).toString();
  }

  /** RFC 7396 Appendix A, one vector per row: target | patch | result. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{\"a\":\"b\"}|{\"a\":\"c\"}|{\"a\":\"c\"}",
        "{\"a\":\"b\"}|{\"b\":\"c\"}|{\"a\":\"b\",\"b\":\"c\"}",
        "{\"a\":\"b\"}|{\"a\":null}|{}",
        "{\"a\":\"b\",\"b\":\"c\"}|{\"a\":null}|{\"b\":\"c\"}",
        "{\"a\":[\"b\"]}|{\"a\":\"c\"}|{\"a\":\"c\"}",
        "{\"a\":\"c\"}|{\"a\":[\"b\"]}|{\"a\":[\"b\"]}",
        "{\"a\":{\"b\":\"c\"}}|{\"a\":{\"b\":\"d\",\"c\":null}}|{\"a\":{\"b\":\"d\"}}",
        "{\"a\":[{\"b\":\"c\"}]}|{\"a\":[1]}|{\"a\":[1]}",
        "[\"a\",\"b\"]|[\"c\",\"d\"]|[\"c\",\"d\"]",
        "{\"a\":\"b\"}|[\"c\"]|[\"c\"]",
        "{\"a\":\"foo\"}|null|null",
        "{\"a\":\"foo\"}|\"bar\"|\"bar\"",
        "{\"e\":null}|{\"a\":1}|{\"e\":null,\"a\":1}",
        "[1,2]|{\"a\":\"b\",\"c\":null}|{\"a\":\"b\"}",
        "{}|{\"a\":{\"bb\":{\"ccc\":null}}}|{\"a\":{\"bb\":{}}}",
      })
  void rfc7396Vectors(String target, String patch, String result) {
    assertEquals(result, apply(target, patch));
  }

  @Test
  void keepsMemberOrderAndNumbersAsWritten() {
    assertEquals(
        "{\"z\":1.50,\"a\":{\"y\":2,\"x\":3},\"n\":1e3}",
        apply("{\"z\":1,\"a\":{\"y\":1,\"x\":3}}", "{\"a\":{\"y\":2},\"z\":1.50,\"n\":1e3}"));
  }

  @Test
  void reducesCheckpointsLikeFlow() {
    String state =
        "{\"bindingStateV1\":{\"events\":{\"inc\":{\"cursor\":5},\"last_initialized\":\"T\"}},"
            + "\"backfillRequests\":{\"events\":true}}";
    state =
        apply(
            state, "{\"bindingStateV1\":{\"events\":null},\"backfillRequests\":{\"events\":null}}");
    assertEquals("{\"bindingStateV1\":{},\"backfillRequests\":{}}", state);
    state =
        apply(
            state,
            "{\"bindingStateV1\":{\"events\":{\"backfill\":{\"cutoff\":1,\"next_page\":{\"a\":1,\"b\":null}}}}}");
    assertEquals(
        "{\"bindingStateV1\":{\"events\":{\"backfill\":{\"cutoff\":1,\"next_page\":{\"a\":1}}}},"
            + "\"backfillRequests\":{}}",
        state);
  }

  /**
   * The Python CDK's in-memory quirk (docs/runtime.md#json-merge-patch): a patch object under an
   * absent or non-object key keeps its nulls.
   */
  @Test
  void inMemoryVariantKeepsNullsInNewObjects() {
    assertEquals("{\"c1\":true}", inMemory("{}", "{\"c1\":true,\"c2\":null}"));
    assertEquals("{\"a\":{\"b\":null,\"c\":1}}", inMemory("{}", "{\"a\":{\"b\":null,\"c\":1}}"));
    assertEquals("{\"a\":{\"c\":1}}", apply("{}", "{\"a\":{\"b\":null,\"c\":1}}"));
    assertEquals("{\"a\":{\"b\":null}}", inMemory("{\"a\":5}", "{\"a\":{\"b\":null}}"));
    assertEquals("{\"a\":{}}", apply("{\"a\":5}", "{\"a\":{\"b\":null}}"));
    // Where there is an object to merge into, both variants agree.
    assertEquals("{\"c2\":true}", inMemory("{\"c1\":true,\"c2\":true}", "{\"c1\":null}"));
    assertEquals(
        "{\"a\":{\"x\":1}}", inMemory("{\"a\":{\"x\":1,\"y\":2}}", "{\"a\":{\"y\":null}}"));
  }
}
