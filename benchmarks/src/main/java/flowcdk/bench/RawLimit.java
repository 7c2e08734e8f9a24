package flowcdk.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw limit of the bench workload (docs/benchmarks.md#the-workload): reads the Open request
 * from stdin and writes the stdout the bench connector writes for a fresh start (state {@code {}})
 * with plain jackson-core and a buffered stdout, no framework and no CDK classes: {@code opened},
 * one initialization checkpoint per binding, then binding by binding each page's {@code captured}
 * lines and its backfill checkpoint, and the completion checkpoint. For one binding that is byte
 * for byte the connector's stream ({@code last_initialized} is wall clock); for several the
 * connector interleaves bindings by scheduling, so the two agree per binding.
 *
 * <p>Run with {@code java -cp benchmarks/target/bench-connector.jar flowcdk.bench.RawLimit}. Only
 * the fresh start is modelled: the request's state is ignored.
 */
public final class RawLimit {

  private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
  private static final String CUTOFF = "2024-01-01T00:00:00Z";

  /** The parts of the Open request the workload depends on. */
  static final class Request {
    int bindings = 1;
    long docs = 100000;
    int page = 1000;
    boolean model = true;
    int pad = 64;
    final List<String> stateKeys = new ArrayList<>();
    final List<Integer> numbers = new ArrayList<>();
  }

  private RawLimit() {}

  public static void main(String[] args) throws IOException {
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    run(System.in, out);
    out.flush();
    System.exit(0);
  }

  /**
   * Reads one Open request from {@code in} and writes the whole capture to {@code out} (flushed).
   */
  public static void run(InputStream in, OutputStream out) throws IOException {
    JsonFactory factory = new JsonFactory();
    Request request;
    try (JsonParser parser = factory.createParser(in)) {
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      request = parse(parser);
    }
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setRootValueSeparator(null);
      write(request, g);
      g.flush();
    }
  }

  private static void write(Request r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("opened");
    g.writeStartObject();
    g.writeBooleanField("explicitAcknowledgements", false);
    g.writeEndObject();
    g.writeEndObject();
    g.writeRaw('\n');

    String now = Instant.now().truncatedTo(ChronoUnit.MICROS).toString();
    for (String key : r.stateKeys) {
      startCheckpoint(g, key);
      g.writeFieldName("backfill");
      backfill(g, -1);
      g.writeStringField("last_initialized", now);
      endCheckpoint(g);
    }

    String pad = "x".repeat(r.pad);
    for (int b = 0; b < r.stateKeys.size(); b++) {
      String key = r.stateKeys.get(b);
      int number = r.numbers.get(b);
      long cursor = 0;
      while (true) {
        long end = Math.min(cursor + r.page, r.docs);
        for (long i = cursor; i < end; i++) {
          document(g, b, number, i, pad);
        }
        if (end >= r.docs) {
          break;
        }
        startCheckpoint(g, key);
        g.writeFieldName("backfill");
        backfill(g, end);
        endCheckpoint(g);
        cursor = end;
      }
      startCheckpoint(g, key);
      g.writeNullField("backfill");
      endCheckpoint(g);
    }
  }

  private static void document(JsonGenerator g, int binding, int number, long i, String pad)
      throws IOException {
    g.writeStartObject();
    g.writeFieldName("captured");
    g.writeStartObject();
    g.writeNumberField("binding", binding);
    g.writeFieldName("doc");
    doc(g, number, i, pad);
    g.writeEndObject();
    g.writeEndObject();
    g.writeRaw('\n');
  }

  /**
   * Document {@code i} of binding {@code number}, written with plain jackson-core calls (the
   * benchmarks-jmh {@code DocumentWriteBenchmark} measures it beside the connector's ways).
   */
  public static void doc(JsonGenerator g, int number, long i, String pad) throws IOException {
    g.writeStartObject();
    g.writeNumberField("id", i);
    g.writeStringField("name", "item-" + number + "-" + i);
    g.writeStringField("updated_at", START.plusSeconds(i).toString());
    g.writeNumberField("score", i * 0.5);
    g.writeBooleanField("active", i % 2 == 0);
    g.writeFieldName("nested");
    g.writeStartObject();
    g.writeNumberField("a", i);
    g.writeStringField("b", "nested");
    g.writeFieldName("c");
    g.writeStartArray();
    g.writeNumber(1);
    g.writeNumber(2);
    g.writeNumber(3);
    g.writeEndArray();
    g.writeEndObject();
    g.writeStringField("pad", pad);
    g.writeEndObject();
  }

  /** {@code {"cutoff":...,"next_page":page}}; a negative page is null. */
  private static void backfill(JsonGenerator g, long page) throws IOException {
    g.writeStartObject();
    g.writeStringField("cutoff", CUTOFF);
    g.writeFieldName("next_page");
    if (page < 0) {
      g.writeNull();
    } else {
      g.writeNumber(page);
    }
    g.writeEndObject();
  }

  private static void startCheckpoint(JsonGenerator g, String key) throws IOException {
    g.writeStartObject();
    g.writeFieldName("checkpoint");
    g.writeStartObject();
    g.writeFieldName("state");
    g.writeStartObject();
    g.writeFieldName("updated");
    g.writeStartObject();
    g.writeFieldName("bindingStateV1");
    g.writeStartObject();
    g.writeFieldName(key);
    g.writeStartObject();
  }

  private static void endCheckpoint(JsonGenerator g) throws IOException {
    g.writeEndObject(); // key
    g.writeEndObject(); // bindingStateV1
    g.writeEndObject(); // updated
    g.writeBooleanField("mergePatch", true);
    g.writeEndObject(); // state
    g.writeEndObject(); // checkpoint
    g.writeEndObject();
    g.writeRaw('\n');
  }

  // ---- the request, by streaming ----

  static Request parse(JsonParser p) throws IOException {
    Request r = new Request();
    expect(p.nextToken(), JsonToken.START_OBJECT);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals("open")) {
        parseOpen(p, r);
      } else {
        p.skipChildren();
      }
    }
    if (r.stateKeys.isEmpty()) {
      throw new IOException("expected an Open request with bindings on stdin");
    }
    return r;
  }

  private static void parseOpen(JsonParser p, Request r) throws IOException {
    expect(p.currentToken(), JsonToken.START_OBJECT);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals("capture")) {
        parseCapture(p, r);
      } else {
        p.skipChildren();
      }
    }
  }

  private static void parseCapture(JsonParser p, Request r) throws IOException {
    expect(p.currentToken(), JsonToken.START_OBJECT);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (name.equals("config") && value == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          switch (field) {
            case "bindings" -> r.bindings = p.getIntValue();
            case "docs" -> r.docs = p.getLongValue();
            case "page" -> r.page = p.getIntValue();
            case "model" -> r.model = p.getBooleanValue();
            case "pad" -> r.pad = p.getIntValue();
            default -> p.skipChildren();
          }
        }
      } else if (name.equals("bindings") && value == JsonToken.START_ARRAY) {
        while (p.nextToken() == JsonToken.START_OBJECT) {
          String stateKey = null;
          String resource = null;
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            if (field.equals("stateKey")) {
              stateKey = p.getText();
            } else if (field.equals("resourceConfig") && v == JsonToken.START_OBJECT) {
              while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                if (f.equals("name")) {
                  resource = p.getText();
                } else {
                  p.skipChildren();
                }
              }
            } else {
              p.skipChildren();
            }
          }
          if (resource == null || !resource.startsWith("items")) {
            throw new IOException("binding without a resource name items<N>: " + resource);
          }
          r.stateKeys.add(stateKey != null ? stateKey : resource);
          r.numbers.add(Integer.parseInt(resource.substring("items".length())));
        }
      } else {
        p.skipChildren();
      }
    }
  }

  private static void expect(JsonToken actual, JsonToken expected) throws IOException {
    if (actual != expected) {
      throw new IOException("expected " + expected + " but found " + actual);
    }
  }
}
