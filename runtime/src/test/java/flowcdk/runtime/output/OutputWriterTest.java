package flowcdk.runtime.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

  private static final long TIMEOUT_SECONDS = 30;

  @TempDir Path spillDir;

  private final List<OutputWriter> writers = new ArrayList<>();

  @AfterEach
  void closeWriters() {
    writers.forEach(OutputWriter::close);
  }

  private OutputWriter start(OutputStream out, long maxQueuedBytes) {
    OutputWriter writer = new OutputWriter(out, maxQueuedBytes).start();
    writers.add(writer);
    return writer;
  }

  static void await(Future<?> future) throws Exception {
    future.toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  static Throwable awaitFailure(Future<?> future) throws Exception {
    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () ->
                future
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    return e.getCause();
  }

  static Unit unit(String text) {
    return Unit.of(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A synchronized in-memory stream, as the writer thread writes while tests read. */
  static final class Sink extends ByteArrayOutputStream {
    @Override
    public synchronized String toString() {
      return new String(toByteArray(), StandardCharsets.UTF_8);
    }
  }

  /** Blocks every write until released, after signalling that a write has begun. */
  static final class BlockingStream extends OutputStream {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final Sink sink = new Sink();

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      entered.countDown();
      try {
        if (!release.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          throw new IOException("never released");
        }
      } catch (InterruptedException e) {
        throw new IOException(e);
      }
      sink.write(b, off, len);
    }
  }

  @Test
  void writesUnitsContiguouslyInSubmissionOrderFromManyThreads() throws Exception {
    Sink out = new Sink();
    OutputWriter writer = start(out, 1024);
    int threads = 6;
    int unitsPerThread = 200;
    int linesPerUnit = 5;
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> producers = new ArrayList<>();
    List<Throwable> errors = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      Thread producer =
          new Thread(
              () -> {
                try {
                  go.await();
                  for (int u = 0; u < unitsPerThread; u++) {
                    StringBuilder text = new StringBuilder();
                    for (int l = 0; l < linesPerUnit; l++) {
                      text.append(thread).append(' ').append(u).append(' ').append(l).append('\n');
                    }
                    // Wait for back-pressure like tasks do, so the bound is exercised too.
                    await(writer.submit(unit(text.toString())));
                  }
                } catch (Throwable e) {
                  synchronized (errors) {
                    errors.add(e);
                  }
                }
              });
      producer.start();
      producers.add(producer);
    }
    go.countDown();
    for (Thread producer : producers) {
      producer.join(TIMEOUT_SECONDS * 1000);
    }
    assertTrue(errors.isEmpty(), () -> errors.toString());
    await(writer.drain());

    String[] lines = out.toString(UTF_8).lines().toArray(String[]::new);
    assertEquals(threads * unitsPerThread * linesPerUnit, lines.length);
    Map<Integer, Integer> nextUnit = new HashMap<>();
    for (int i = 0; i < lines.length; i += linesPerUnit) {
      String[] head = lines[i].split(" ", -1);
      int thread = Integer.parseInt(head[0]);
      int u = Integer.parseInt(head[1]);
      assertEquals(nextUnit.getOrDefault(thread, 0), u, "units of thread " + thread + " in order");
      nextUnit.put(thread, u + 1);
      for (int l = 0; l < linesPerUnit; l++) {
        assertEquals(thread + " " + u + " " + l, lines[i + l], "unit written contiguously");
      }
    }
  }

  @Test
  void writesInSubmissionOrder() throws Exception {
    Sink out = new Sink();
    OutputWriter writer = start(out, 1 << 20);
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      String line = "line " + i + "\n";
      expected.append(line);
      writer.submit(unit(line));
    }
    await(writer.drain());
    assertEquals(expected.toString(), out.toString(UTF_8));
    assertEquals(0, writer.queuedBytes());
  }

  @Test
  void submitWaitsWhileMoreThanTheBoundIsQueued() throws Exception {
    BlockingStream out = new BlockingStream();
    OutputWriter writer = start(out, 100);

    Future<Void> first = writer.submit(unit("a".repeat(50) + "\n"));
    assertTrue(first.succeeded(), "within the bound: the producer may go on");
    assertTrue(out.entered.await(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    // The writer is now stuck writing the first unit, which still counts as queued.

    Future<Void> second = writer.submit(unit("b".repeat(59) + "\n"));
    Future<Void> third = writer.submit(unit("c\n"));
    assertEquals(51 + 60 + 2, writer.queuedBytes());
    Future<Void> drained = writer.drain();
    assertFalse(second.isComplete(), "over the bound: the producer must wait");
    assertFalse(third.isComplete());
    assertFalse(drained.isComplete());

    out.release.countDown();
    await(second);
    await(third);
    await(drained);
    assertEquals("a".repeat(50) + "\n" + "b".repeat(59) + "\n" + "c\n", out.sink.toString(UTF_8));
    assertEquals(0, writer.queuedBytes());
  }

  @Test
  void drainCompletesOnceEverythingIsWrittenAndFlushed() throws Exception {
    Sink out = new Sink();
    OutputWriter writer = start(out, 1 << 20);
    await(writer.drain()); // nothing submitted: already drained
    for (int i = 0; i < 50; i++) {
      writer.submit(unit("x" + i + "\n"));
    }
    await(writer.drain());
    assertTrue(out.toString(UTF_8).endsWith("x49\n"), "flushed through the buffered stream");
    writer.awaitDrained();
  }

  @Test
  void aFailingStreamFailsLaterSubmitsAndDrain() throws Exception {
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("Broken pipe");
          }

          @Override
          public void flush() throws IOException {
            throw new IOException("Broken pipe");
          }
        };
    OutputWriter writer = start(broken, 1 << 20);
    writer.submit(unit("doomed\n"));
    Throwable drainError = awaitFailure(writer.drain());
    assertTrue(drainError.getMessage().contains("stdout"), drainError.getMessage());
    assertTrue(drainError.getMessage().contains("Broken pipe"), drainError.getMessage());
    assertNotNull(writer.failure());

    Throwable submitError = awaitFailure(writer.submit(unit("later\n")));
    assertTrue(submitError.getMessage().contains("stdout"), submitError.getMessage());
    Throwable laterDrain = awaitFailure(writer.drain());
    assertTrue(laterDrain.getMessage().contains("stdout"), laterDrain.getMessage());
  }

  @Test
  void aFailureAlsoFailsProducersWaitingForRoom() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    OutputStream failsWhenReleased =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            try {
              release.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              throw new IOException(e);
            }
            throw new IOException("EPIPE");
          }
        };
    OutputWriter writer = start(failsWhenReleased, 10);
    // One unit larger than the bound: its producer waits until it is written, which fails.
    Future<Void> waiting = writer.submit(unit("0123456789\n"));
    assertFalse(waiting.isComplete());
    release.countDown();
    Throwable error = awaitFailure(waiting);
    assertTrue(error.getMessage().contains("stdout"), error.getMessage());
  }

  @Test
  void submitAfterCloseFails() throws Exception {
    OutputWriter writer = start(new Sink(), 100);
    writer.close();
    Throwable error = awaitFailure(writer.submit(unit("late\n")));
    assertTrue(error.getMessage().contains("stdout"), error.getMessage());
  }

  @Test
  void streamsSpilledUnitsFromTheirFileAndDeletesIt() throws Exception {
    MemoryBudget budget = new MemoryBudget(4L * MemoryBudget.CHUNK_SIZE);
    TxnBuffer buffer = new TxnBuffer(budget, MemoryBudget.CHUNK_SIZE, spillDir);
    byte[] data = TxnBufferTest.pattern(3 * MemoryBudget.CHUNK_SIZE + 7, 42);
    buffer.write(data);
    assertTrue(buffer.spilled());
    Unit unit = buffer.seal();
    assertTrue(unit.spilled());
    assertEquals(0, countFiles(spillDir), "a spill file has no name (see SpillFile)");

    Sink out = new Sink();
    OutputWriter writer = start(out, 1 << 20);
    writer.submit(unit("before\n"));
    writer.submit(unit);
    writer.submit(unit("after\n"));
    await(writer.drain());

    byte[] expected =
        TxnBufferTest.concat(
            TxnBufferTest.concat("before\n".getBytes(StandardCharsets.UTF_8), data),
            "after\n".getBytes(StandardCharsets.UTF_8));
    assertArrayEquals(expected, out.toByteArray());
    assertEquals(0, countFiles(spillDir));
    assertTrue(
        TxnBufferTest.openDeletedFilesIn(spillDir) <= 0, "the spill file is freed once written");
  }

  @Test
  void inMemoryUnitsReturnTheirChunksOnceWritten() throws Exception {
    MemoryBudget budget = new MemoryBudget(8L * MemoryBudget.CHUNK_SIZE);
    TxnBuffer buffer = new TxnBuffer(budget, 8L * MemoryBudget.CHUNK_SIZE, spillDir);
    byte[] data = TxnBufferTest.pattern(MemoryBudget.CHUNK_SIZE + 1, 43);
    buffer.write(data);
    Unit unit = buffer.seal();
    assertEquals(2L * MemoryBudget.CHUNK_SIZE, budget.reserved());
    Sink out = new Sink();
    OutputWriter writer = start(out, 1 << 20);
    writer.submit(unit);
    await(writer.drain());
    assertArrayEquals(data, out.toByteArray());
    assertEquals(0, budget.reserved());
  }

  private static long countFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }
}
