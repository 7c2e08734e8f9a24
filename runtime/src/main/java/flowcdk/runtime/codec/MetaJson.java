package flowcdk.runtime.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import flowcdk.runtime.json.RawJson;
import java.io.IOException;
import java.util.Map;

/**
 * The codec of {@link Meta}, written by hand in the shape generated codecs take.
 *
 * <p>Writes {@code op} (if present), {@code row_id} (if present), then the extras in order; so
 * {@link Meta#empty()} is {@code {}}. Reads {@code op} as one of {@code "c"}, {@code "u"}, {@code
 * "d"} and {@code row_id} as a long (a JSON {@code null} for either is a type mismatch, as in the
 * Python model), and every other member, such as Flow's {@code uuid}, into the extras. A JSON
 * {@code null} in place of the whole object reads as {@code null} with no problem.
 */
public final class MetaJson implements JsonCodec<Meta> {

  /** The shared instance; the codec is stateless. */
  public static final MetaJson INSTANCE = new MetaJson();

  /**
   * The JSON Schema of {@code _meta}, exactly as the Python CDK publishes it
   * (docs/models.md#document-metadata).
   */
  public static final RawJson SCHEMA =
      RawJson.parse(
          "{\"title\":\"Meta\",\"type\":\"object\",\"properties\":{"
              + "\"op\":{\"title\":\"Op\",\"type\":\"string\",\"enum\":[\"c\",\"u\",\"d\"],"
              + "\"default\":\"u\",\"description\":\"Operation type (c: Create, u: Update, d: Delete)\"},"
              + "\"row_id\":{\"title\":\"Row Id\",\"type\":\"integer\",\"default\":-1,"
              + "\"description\":\"Row ID of the Document, counting up from zero, or -1 if not known\"}}}");

  static final String OP = "op";
  static final String ROW_ID = "row_id";

  private static final Map<String, Op> OPS = Map.of("c", Op.CREATE, "u", Op.UPDATE, "d", Op.DELETE);
  private static final String OP_NAMES = "\"c\", \"u\", \"d\"";
  private static final String ROW_ID_EXPECTED =
      "an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;

  /** Creates the codec; prefer {@link #INSTANCE}. */
  public MetaJson() {}

  @Override
  public void write(JsonGenerator g, Meta value) throws IOException {
    g.writeStartObject();
    if (value.op() != null) {
      g.writeStringField(OP, value.op().code());
    }
    if (value.rowId() != null) {
      g.writeNumberField(ROW_ID, value.rowId());
    }
    value.extras().writeFields(g);
    g.writeEndObject();
  }

  @Override
  public Meta read(JsonParser p, DecodeContext ctx) throws IOException {
    if (!Codecs.expectObject(p, ctx)) {
      return null;
    }
    Op op = null;
    Long rowId = null;
    Extras.Builder extras = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      ctx.push(name);
      switch (name) {
        case OP -> {
          if (Codecs.isNull(p)) {
            ctx.typeMismatch("one of " + OP_NAMES, p);
          } else {
            op = Codecs.readEnum(p, ctx, OPS, OP_NAMES);
          }
        }
        case ROW_ID -> {
          if (Codecs.isNull(p)) {
            ctx.typeMismatch(ROW_ID_EXPECTED, p);
          } else {
            rowId = Codecs.readLong(p, ctx);
          }
        }
        default -> {
          if (extras == null) {
            extras = Extras.builder();
          }
          extras.put(name, RawJson.copyOf(p));
        }
      }
      ctx.pop();
    }
    return new Meta(op, rowId, extras == null ? Extras.EMPTY : extras.build());
  }

  @Override
  public RawJson schema() {
    return SCHEMA;
  }
}
