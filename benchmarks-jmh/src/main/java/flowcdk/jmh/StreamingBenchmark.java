package flowcdk.jmh;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import flowcdk.bench.Item;
import flowcdk.bench.ItemJson;
import flowcdk.bench.stream.CsvItem;
import flowcdk.bench.stream.CsvItemJson;
import flowcdk.connector.stream.CsvFormat;
import flowcdk.connector.stream.CsvRows;
import flowcdk.connector.stream.Gzip;
import flowcdk.connector.stream.JsonItems;
import flowcdk.connector.stream.Streams;
import flowcdk.runtime.json.JsonFactories;
import flowcdk.runtime.json.RawJson;
import io.vertx.core.Future;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The streaming readers ({@code flowcdk.connector.stream}) over one file of {@value #ITEMS} bench
 * documents in memory, on one thread, in items per second: JSON items decoded by the generated
 * codec (pulled, and through the Vert.x stream path the connectors use), the same items kept raw,
 * gzip then JSON, CSV rows decoded into a model and as maps; and jackson-databind's {@code
 * MappingIterator} over the same JSON and CSV bytes (with jackson-dataformat-csv) as the yardstick.
 * Every benchmark checks it read every item. docs/benchmarks.md#streaming has the results and the
 * command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class StreamingBenchmark {

  /** Documents in each file. */
  static final int ITEMS = 100_000;

  /** The chunk size of the stream paths, as a socket would deliver. */
  private static final int CHUNK = 64 * 1024;

  private static final JsonItems<Item> TYPED = JsonItems.at("items.item", ItemJson.INSTANCE);
  private static final JsonItems<RawJson> RAW = JsonItems.rawAt("items.item");

  private byte[] json;
  private byte[] gzip;
  private byte[] csv;
  private ObjectMapper mapper;
  private CsvMapper csvMapper;
  private CsvSchema csvSchema;

  /** Renders the files: {@code {"items":[...]}}, its gzip, and the CSV of the flat fields. */
  @Setup
  public void setUp() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringBuilder rows = new StringBuilder("id,name,updated_at,score,active,pad\r\n");
    String pad = "x".repeat(64);
    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    try (JsonGenerator g = JsonFactories.factory().createGenerator(out)) {
      g.writeStartObject();
      g.writeFieldName("items");
      g.writeStartArray();
      for (int i = 0; i < ITEMS; i++) {
        Item item =
            new Item(
                null,
                i,
                "item-0-" + i,
                start.plusSeconds(i),
                i * 0.5,
                i % 2 == 0,
                new Item.Nested(i, "nested", List.of(1, 2, 3)),
                pad);
        ItemJson.INSTANCE.write(g, item);
        rows.append(i).append(",item-0-").append(i).append(',').append(start.plusSeconds(i));
        rows.append(',').append(i * 0.5).append(',').append(i % 2 == 0).append(',').append(pad);
        rows.append("\r\n");
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    json = out.toByteArray();
    csv = rows.toString().getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(zipped)) {
      z.write(json);
    }
    gzip = zipped.toByteArray();
    mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    csvMapper = new CsvMapper();
    csvMapper.registerModule(new JavaTimeModule());
    csvSchema = CsvSchema.emptySchema().withHeader();
    System.out.printf(
        "%nfiles: JSON %d bytes (%.1f a document), gzip %d, CSV %d (%.1f a row)%n",
        json.length,
        json.length / (double) ITEMS,
        gzip.length,
        csv.length,
        csv.length / (double) ITEMS);
  }

  private static int checked(int count) {
    if (count != ITEMS) {
      throw new IllegalStateException("read " + count + " items, expected " + ITEMS);
    }
    return count;
  }

  private static <T> int count(Iterator<T> items) {
    int count = 0;
    while (items.hasNext()) {
      if (items.next() != null) {
        count++;
      }
    }
    return checked(count);
  }

  private static int count(io.vertx.core.streams.ReadStream<?> items) {
    int[] count = {0};
    Future<Void> done = Streams.forEach(items, item -> count[0]++);
    if (!done.succeeded()) {
      throw new IllegalStateException("the stream did not end: " + done.cause(), done.cause());
    }
    return checked(count[0]);
  }

  /** JSON items decoded by the generated codec, pulled from the bytes. */
  @Benchmark
  @OperationsPerInvocation(ITEMS)
  public int jsonTyped() {
    return count(TYPED.iterator(json));
  }

  /** JSON items decoded by the generated codec, through the Vert.x stream path (64 KiB chunks). */
  @Benchmark
  @OperationsPerInvocation(ITEMS)
  public int jsonTypedStream() {
    return count(TYPED.stream(new ByteSource(json, CHUNK)));
  }

  /** JSON items kept as their raw bytes. */
  @Benchmark
  @OperationsPerInvocation(ITEMS)
  public int jsonRaw() {
    return count(RAW.iterator(json));
  }

  /** jackson-databind's MappingIterator over the same items: the yardstick of jsonTyped. */
  @Benchmark
  @OperationsPerInvocation(ITEMS)
  public int databindJson() throws IOException {
    try (JsonParser p = mapper.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT
          || p.nextToken() != JsonToken.FIELD_NAME
          || p.nextToken() != JsonToken.START_ARRAY
          || p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalStateException("not the items file");
      }
      try (MappingIterator<Item> items = mapper.readerFor(Item.class).readValues(p)) {
        return count(items);
      }
    }
  }

  /** The gzip of the JSON file, unpacked and decoded as it streams (64 KiB chunks). */
  @Benchmark
  @OperationsPerInvocation(ITEMS)
  public int gzipJsonTyped() {
    return count(TYPED.stream(Gzip.decompress(new ByteSource(gzip, CHUNK))));
  }

  /** CSV rows decoded into a model, string cells converted by its property types. */
  @Benchmark
  @OperationsPerInvocation(ITEMS)
  public int csvTyped() {
    return count(CsvRows.named(CsvFormat.DEFAULT).as(CsvItemJson.INSTANCE).iterator(csv));
  }

  /** CSV rows as maps of strings. */
  @Benchmark
  @OperationsPerInvocation(ITEMS)
  public int csvMaps() {
    Iterator<Map<String, String>> rows = CsvRows.named(CsvFormat.DEFAULT).iterator(csv);
    return count(rows);
  }

  /** jackson-dataformat-csv's MappingIterator into the same model: the yardstick of csvTyped. */
  @Benchmark
  @OperationsPerInvocation(ITEMS)
  public int databindCsv() {
    try (MappingIterator<CsvItem> rows =
        csvMapper.readerFor(CsvItem.class).with(csvSchema).readValues(csv)) {
      return count(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
