package flowcdk.jmh;

import flowcdk.bench.Item;
import flowcdk.bench.ItemJson;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.log.Log;
import flowcdk.runtime.output.MemoryBudget;
import flowcdk.runtime.output.OutputWriter;
import flowcdk.runtime.output.Transactor;
import flowcdk.runtime.task.TaskScope;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The runtime's hot path: a task captures 1000 typed documents (through the generated codec) and
 * checkpoints, the transaction goes through the transactor and the output writer to a null stream,
 * and the benchmark waits for stdout to drain. Reported per document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TaskBenchmark {

  static final int DOCS = 1000;

  private Vertx vertx;
  private Context context;
  private OutputWriter writer;
  private Transactor transactor;
  private MemoryBudget budget;
  private Path spill;
  private Item[] items;
  private RawJson checkpoint;

  @Setup
  public void setUp() throws Exception {
    vertx = Vertx.vertx();
    context = vertx.getOrCreateContext();
    writer = new OutputWriter(OutputStream.nullOutputStream(), 1 << 20).start();
    transactor = new Transactor(writer, false);
    budget = new MemoryBudget(64L << 20);
    spill = Files.createTempDirectory("flowcdk-jmh");
    items = new Item[DOCS];
    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    for (int i = 0; i < DOCS; i++) {
      items[i] =
          new Item(
              null,
              i,
              "item-0-" + i,
              start.plusSeconds(i),
              i * 0.5,
              i % 2 == 0,
              new Item.Nested(i, "nested", List.of(1, 2, 3)),
              "x".repeat(64));
    }
    checkpoint =
        RawJson.parse(
            "{\"bindingStateV1\":{\"items0\":{\"backfill\":{\"cutoff\":\"2024-01-01T00:00:00Z\",\"next_page\":1000}}}}");
  }

  @TearDown
  public void tearDown() throws Exception {
    writer.close();
    vertx.close().toCompletionStage().toCompletableFuture().get();
    Files.deleteIfExists(spill);
  }

  @Benchmark
  @OperationsPerInvocation(DOCS)
  public void capturedAndCheckpoint() throws Exception {
    TaskScope scope =
        new TaskScope(
            context, transactor, budget, TaskScope.DEFAULT_TASK_MEMORY, spill, Log.root());
    scope
        .run(
            task -> {
              for (Item item : items) {
                task.captured(0, g -> ItemJson.INSTANCE.write(g, item));
              }
              return task.checkpoint(checkpoint);
            })
        .toCompletionStage()
        .toCompletableFuture()
        .get(30, TimeUnit.SECONDS);
    writer.drain().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }
}
