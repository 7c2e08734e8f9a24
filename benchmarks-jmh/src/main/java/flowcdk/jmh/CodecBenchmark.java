package flowcdk.jmh;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import flowcdk.bench.Item;
import flowcdk.bench.ItemJson;
import flowcdk.runtime.json.RawJson;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The generated codec ({@code ItemJson}) against jackson-databind on the bench document: write to
 * bytes, read from bytes. databind gets the Java time module, ISO instants and no nulls, so both
 * sides write the same JSON.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CodecBenchmark {

  private Item item;
  private byte[] json;
  private RawJson raw;
  private ObjectMapper mapper;

  @Setup
  public void setUp() throws IOException {
    item =
        new Item(
            null,
            123456,
            "item-0-123456",
            Instant.parse("2024-01-02T10:17:36Z"),
            61728.0,
            true,
            new Item.Nested(123456, "nested", List.of(1, 2, 3)),
            "x".repeat(64));
    mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    raw = ItemJson.encode(item);
    json = raw.toByteArray();
    byte[] databind = mapper.writeValueAsBytes(item);
    Item back = mapper.readValue(json, Item.class);
    if (!new String(databind, UTF_8).equals(raw.toString()) || !back.equals(item)) {
      throw new IllegalStateException(
          "codec and databind disagree: " + raw + " vs " + new String(databind, UTF_8));
    }
  }

  @Benchmark
  public byte[] codecWrite() {
    return ItemJson.encode(item).toByteArray();
  }

  @Benchmark
  public byte[] databindWrite() throws IOException {
    return mapper.writeValueAsBytes(item);
  }

  @Benchmark
  public Item codecRead() throws Exception {
    return ItemJson.decode(RawJson.parse(json));
  }

  @Benchmark
  public Item databindRead() throws IOException {
    return mapper.readValue(json, Item.class);
  }
}
