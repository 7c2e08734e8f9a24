package flowcdk.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

/**
 * The one jackson-core {@link JsonFactory} every part of the runtime reads and writes with.
 *
 * <p>Its limits are sized for Flow: a request line may be up to 128 MiB, so a single string or
 * document inside it may be nearly that large, which Jackson's defaults (20 MB strings) would
 * refuse. Root values are written without a separator so that framing (one message per line) is
 * entirely the caller's business. Characters outside the Basic Multilingual Plane (emoji) are
 * written as UTF-8, not as escaped surrogate pairs, so that strings copied into {@link RawJson}
 * keep the bytes Flow and the Python CDK write; control characters are escaped with lower-case hex
 * digits (<code>&#92;u001f</code>), as Python's json module, orjson and serde_json write them.
 */
public final class JsonFactories {

  /**
   * Largest request line the runtime accepts, in bytes (128 MiB), as Flow's runtime allows, given
   * the heap to parse it: the limit actually applied is the smaller of this and a twelfth of the
   * JVM's maximum heap ({@code Runtime.maxMemory()}), since reading and parsing a line may take up
   * to about 9 times its size in heap at once (the line buffer, Jackson's text buffers, the {@link
   * RawJson} copies). A longer line is a fatal error naming the limit and the heap, never an {@link
   * OutOfMemoryError}; lines of the full 128 MiB need a heap of 1.5 GiB. See docs/protocol.md.
   */
  public static final int MAX_LINE_BYTES = 128 * 1024 * 1024;

  private static final JsonFactory FACTORY =
      new JsonFactoryBuilder()
          .rootValueSeparator((String) null)
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
          // NaN and infinities as the strings "NaN", "Infinity", "-Infinity" (never bare tokens,
          // which are not JSON); Codecs.readDouble reads them back.
          .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
          // jackson-core's bundled FastDoubleParser: the same correctly rounded values as
          // Double.parseDouble, a few percent faster when decoding number-heavy pages.
          .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxStringLength(MAX_LINE_BYTES)
                  .maxNumberLength(10_000)
                  .maxNestingDepth(10_000)
                  .maxDocumentLength(-1)
                  .build())
          .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(10_000).build())
          .build();

  private JsonFactories() {}

  /** The shared factory; thread-safe, as all {@link JsonFactory} instances are once configured. */
  public static JsonFactory factory() {
    return FACTORY;
  }
}
