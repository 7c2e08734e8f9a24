package flowcdk.jmh;

import flowcdk.runtime.json.MergePatch;
import flowcdk.runtime.json.RawJson;
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

/** {@link MergePatch#apply} of a backfill checkpoint onto the state of 8 bindings. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MergePatchBenchmark {

  private RawJson state;
  private RawJson patch;

  @Setup
  public void setUp() {
    StringBuilder s = new StringBuilder("{\"bindingStateV1\":{");
    for (int b = 0; b < 8; b++) {
      s.append(b == 0 ? "" : ",")
          .append("\"items")
          .append(b)
          .append("\":{\"backfill\":{\"cutoff\":\"2024-01-01T00:00:00Z\",\"next_page\":")
          .append(1000 * b)
          .append("},\"last_initialized\":\"2026-11-24T01:13:16.114347Z\"}");
    }
    state = RawJson.parse(s.append("}}").toString());
    patch =
        RawJson.parse(
            "{\"bindingStateV1\":{\"items3\":{\"backfill\":{\"cutoff\":\"2024-01-01T00:00:00Z\",\"next_page\":4000}}}}");
  }

  @Benchmark
  public RawJson apply() {
    return MergePatch.apply(state, patch);
  }
}
