package flowcdk.jmh;

import com.fasterxml.jackson.core.JsonGenerator;
import flowcdk.bench.BenchApi;
import flowcdk.bench.ItemJson;
import flowcdk.bench.RawLimit;
import flowcdk.runtime.json.JsonFactories;
import flowcdk.runtime.json.JsonValues;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One bench document made and written per operation, three ways, into the same kind of generator
 * the runtime gives a fetch function (over a discarding stream): as a generic document ({@code
 * BenchApi.map}, written by {@code JsonValues}), as a typed model ({@code BenchApi.item}, written
 * by its generated codec), and as the raw-limit program writes it (jackson-core calls, no document
 * object). The gap between {@code generic} and {@code raw} is what generic documents cost beyond
 * the bytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DocumentWriteBenchmark {

  private static final String PAD = "x".repeat(64);

  private JsonGenerator generator;
  private long i;

  @Setup
  public void setUp() throws IOException {
    generator = JsonFactories.factory().createGenerator(OutputStream.nullOutputStream());
    generator.setRootValueSeparator(null);
  }

  @TearDown
  public void tearDown() throws IOException {
    generator.close();
  }

  @Benchmark
  public void generic() throws IOException {
    JsonValues.write(generator, BenchApi.map(0, i++, PAD));
  }

  /** Only making the generic document (the connector's part of {@link #generic}). */
  @Benchmark
  public Map<String, Object> genericMade() {
    return BenchApi.map(0, i++, PAD);
  }

  @Benchmark
  public void typed() throws IOException {
    ItemJson.INSTANCE.write(generator, BenchApi.item(0, i++, PAD));
  }

  @Benchmark
  public void raw() throws IOException {
    RawLimit.doc(generator, 0, i++, PAD);
  }
}
