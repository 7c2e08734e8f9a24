package flowcdk.bench.http;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The response bodies of the {@link PageServer}, rendered once: page {@code k} of binding {@code b}
 * is {@code {"items":[...],"next":k+1}} ({@code "next":null} on the last page), its items the bench
 * workload's documents {@code k * pageSize ..} of binding {@code b}
 * (docs/benchmarks.md#the-workload), written with the same field order and number formats as the
 * bench connector, so a capture of the pages writes exactly what the bench connector writes.
 */
final class PageBodies {

  private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

  private final PageShape shape;
  private final Buffer[][] bodies;

  private PageBodies(PageShape shape, Buffer[][] bodies) {
    this.shape = shape;
    this.bodies = bodies;
  }

  /**
   * Renders every page of {@code shape}. They are held in memory (about 200 bytes a document), so
   * that serving a page costs the server a write and nothing else, the same for every client.
   */
  static PageBodies render(PageShape shape) {
    JsonFactory factory = new JsonFactory();
    String pad = "x".repeat(shape.pad());
    Buffer[][] bodies = new Buffer[shape.bindings()][shape.pages()];
    ByteArrayOutputStream out = new ByteArrayOutputStream(shape.pageSize() * (200 + shape.pad()));
    for (int b = 0; b < shape.bindings(); b++) {
      for (int k = 0; k < shape.pages(); k++) {
        out.reset();
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
          page(g, shape, b, k, pad);
        } catch (IOException e) {
          throw new UncheckedIOException("rendering page " + k + " of items" + b, e);
        }
        bodies[b][k] = Buffer.buffer(out.toByteArray());
      }
    }
    return new PageBodies(shape, bodies);
  }

  /** What was rendered. */
  PageShape shape() {
    return shape;
  }

  /** The body of page {@code page} of binding {@code binding}, both in range. */
  Buffer body(int binding, int page) {
    return bodies[binding][page];
  }

  /** The bytes of all bodies. */
  long bytes() {
    long total = 0;
    for (Buffer[] pages : bodies) {
      for (Buffer body : pages) {
        total += body.length();
      }
    }
    return total;
  }

  private static void page(JsonGenerator g, PageShape shape, int binding, int page, String pad)
      throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("items");
    long first = (long) page * shape.pageSize();
    for (long i = first; i < first + shape.pageSize(); i++) {
      document(g, binding, i, pad);
    }
    g.writeEndArray();
    g.writeFieldName("next");
    if (page + 1 < shape.pages()) {
      g.writeNumber(page + 1);
    } else {
      g.writeNull();
    }
    g.writeEndObject();
  }

  private static void document(JsonGenerator g, int binding, long i, String pad)
      throws IOException {
    g.writeStartObject();
    g.writeNumberField("id", i);
    g.writeStringField("name", "item-" + binding + "-" + i);
    g.writeStringField("updated_at", START.plusSeconds(i).toString());
    g.writeNumberField("score", i * 0.5);
    g.writeBooleanField("active", i % 2 == 0);
    g.writeObjectFieldStart("nested");
    g.writeNumberField("a", i);
    g.writeStringField("b", "nested");
    g.writeArrayFieldStart("c");
    g.writeNumber(1);
    g.writeNumber(2);
    g.writeNumber(3);
    g.writeEndArray();
    g.writeEndObject();
    g.writeStringField("pad", pad);
    g.writeEndObject();
  }
}
