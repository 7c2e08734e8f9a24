package flowcdk.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import flowcdk.runtime.codec.DecodeException;
import flowcdk.runtime.codec.DecodeProblem;
import flowcdk.runtime.json.RawJson;
import java.util.List;

/** Small helpers shared by the black-box tests. */
final class Json {

  private Json() {}

  /** Parses test JSON (validated and compacted, numbers kept as written). */
  static RawJson raw(String json) {
    return RawJson.parse(json);
  }

  /** A decoder under test, e.g. {@code PrimitivesJson::decode}. */
  @FunctionalInterface
  interface Decoder<T> {
    T decode(RawJson json) throws DecodeException;
  }

  /** Decodes {@code json}, failing the test with the problems if it does not decode. */
  static <T> T decode(Decoder<T> decoder, String json) {
    try {
      return decoder.decode(raw(json));
    } catch (DecodeException e) {
      return fail(e.getMessage());
    }
  }

  /** The exception decoding {@code json} must throw. */
  static DecodeException failure(Decoder<?> decoder, String json) {
    return assertThrows(DecodeException.class, () -> decoder.decode(raw(json)));
  }

  /** The problems decoding {@code json}, each as {@code pointer: message}. */
  static List<String> problems(Decoder<?> decoder, String json) {
    return failure(decoder, json).problems().stream().map(DecodeProblem::toString).toList();
  }

  /** Asserts that {@code json} decodes with exactly one problem, {@code expected}. */
  static void assertProblem(Decoder<?> decoder, String json, String expected) {
    assertEquals(List.of(expected), problems(decoder, json));
  }
}
