package flowcdk.runtime.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON objects as Java {@code Map<String, V>}, value by value through the value's {@link
 * ValueReader} or {@link ValueWriter}. Generated codecs call these for their map properties, so
 * that only the value's reader or writer is generated: {@code JsonMaps.readMap(p, ctx,
 * Codecs::readLong)}, {@code JsonMaps.write(g, counts, JsonGenerator::writeNumber)}.
 *
 * <p>{@link #readMap} follows the {@link JsonCodec} reading contract: JSON {@code null} reads as
 * {@code null}, anything but an object records {@code expected an object, found ...}. Each value is
 * read at its member's pointer ({@code /counts/a}), and a JSON {@code null} value is kept as {@code
 * null}. The map is unmodifiable and keeps the members' order.
 */
public final class JsonMaps {

  private JsonMaps() {}

  /** The JSON object at the parser as an unmodifiable map, each value read by {@code value}. */
  public static <V> Map<String, V> readMap(JsonParser p, DecodeContext ctx, ValueReader<V> value)
      throws IOException {
    if (!Codecs.expectObject(p, ctx)) {
      return null;
    }
    // A LinkedHashMap, not a Map: C1 inlines calls on a class, not on an interface.
    LinkedHashMap<String, V> entries = new LinkedHashMap<>();
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      p.nextToken();
      ctx.push(key);
      entries.put(key, value.read(p, ctx));
      ctx.pop();
    }
    return Collections.unmodifiableMap(entries);
  }

  /**
   * Writes {@code map} as a JSON object in its iteration order, each value with {@code value} and a
   * {@code null} value as JSON {@code null}.
   */
  public static <V> void write(JsonGenerator g, Map<String, ? extends V> map, ValueWriter<V> value)
      throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, ? extends V> entry : map.entrySet()) {
      g.writeFieldName(entry.getKey());
      V v = entry.getValue();
      if (v == null) {
        g.writeNull();
      } else {
        value.write(g, v);
      }
    }
    g.writeEndObject();
  }
}
