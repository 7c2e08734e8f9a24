package flowcdk.bench;

import flowcdk.connector.Sink;
import flowcdk.connector.state.LogCursor;
import flowcdk.connector.state.PageCursor;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bench source: pages of generated documents. */
public final class BenchApi {

  private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
  private static final List<Integer> C = List.of(1, 2, 3);

  private BenchApi() {}

  /**
   * Documents {@code [cursor, min(cursor + page, docs))} of binding {@code b}, then the next cursor
   * unless the end was reached.
   */
  public static Future<Void> page(
      BenchConfig config, int binding, PageCursor page, LogCursor cutoff, Sink.Page sink) {
    long start = page.isNone() ? 0 : page.asLong();
    long end = Math.min(start + config.page(), config.docs());
    String pad = "x".repeat(config.pad());
    for (long i = start; i < end; i++) {
      if (config.model()) {
        sink.document(item(binding, i, pad), ItemJson.INSTANCE);
      } else {
        sink.document(map(binding, i, pad));
      }
    }
    return end < config.docs() ? sink.checkpoint(PageCursor.of(end)) : Future.succeededFuture();
  }

  /** Document {@code i} of binding {@code binding} as a typed model. */
  public static Item item(int binding, long i, String pad) {
    return new Item(
        null,
        i,
        "item-" + binding + "-" + i,
        START.plusSeconds(i),
        i * 0.5,
        i % 2 == 0,
        new Item.Nested(i, "nested", C),
        pad);
  }

  /** Document {@code i} of binding {@code binding} as a generic document (maps and a list). */
  public static Map<String, Object> map(int binding, long i, String pad) {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("a", i);
    nested.put("b", "nested");
    nested.put("c", C);
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", i);
    doc.put("name", "item-" + binding + "-" + i);
    doc.put("updated_at", START.plusSeconds(i).toString());
    doc.put("score", i * 0.5);
    doc.put("active", i % 2 == 0);
    doc.put("nested", nested);
    doc.put("pad", pad);
    return doc;
  }
}
