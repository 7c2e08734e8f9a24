package flowcdk.runtime.task;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.log.Level;
import flowcdk.runtime.log.Log;
import flowcdk.runtime.log.LogFormat;
import flowcdk.runtime.log.LogWriter;
import flowcdk.runtime.log.Logging;
import flowcdk.runtime.log.Redactor;
import flowcdk.runtime.output.MemoryBudget;
import flowcdk.runtime.output.OutputWriter;
import flowcdk.runtime.output.Transactor;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskTest {

  private static final long TIMEOUT_SECONDS = 30;

  @TempDir Path spillDir;

  private Vertx vertx;
  private Context context;
  private Sink out;
  private OutputWriter writer;
  private Sink logs;
  private LogWriter previousLogWriter;

  static final class Sink extends ByteArrayOutputStream {
    @Override
    public synchronized String toString() {
      return new String(toByteArray(), StandardCharsets.UTF_8);
    }
  }

  @BeforeEach
  void setUp() {
    vertx = Vertx.vertx();
    context = vertx.getOrCreateContext();
    out = new Sink();
    writer = new OutputWriter(out, 1 << 20).start();
    logs = new Sink();
    previousLogWriter =
        Logging.install(new LogWriter(logs, LogFormat.JSON, Level.DEBUG, new Redactor()));
  }

  @AfterEach
  void tearDown() throws Exception {
    Logging.install(previousLogWriter);
    writer.close();
    vertx.close().toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  private TaskScope scope(boolean explicitAcks) {
    return scope(
        new Transactor(writer, explicitAcks),
        new MemoryBudget(64L << 20),
        TaskScope.DEFAULT_TASK_MEMORY);
  }

  private TaskScope scope(Transactor transactor, MemoryBudget budget, long taskMemory) {
    return new TaskScope(context, transactor, budget, taskMemory, spillDir, Log.root());
  }

  /** Runs {@code work} as the root task and waits for the capture to finish and stdout to drain. */
  private String run(TaskScope scope, TaskWork work) throws Exception {
    await(scope.run(work));
    await(writer.drain());
    return out.toString(UTF_8);
  }

  static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  static Throwable awaitFailure(Future<?> future) {
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

  /** Runs {@code action} on the capture's context and waits for its result. */
  private <T> T onContext(Supplier<T> action) throws Exception {
    CompletableFuture<T> result = new CompletableFuture<>();
    context.runOnContext(
        v -> {
          try {
            result.complete(action.get());
          } catch (Throwable e) {
            result.completeExceptionally(e);
          }
        });
    return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  static RawJson json(String text) {
    return RawJson.parse(text);
  }

  /** A future that completes on a later turn of the event loop. */
  static Future<Void> yieldTurn(Task task) {
    Promise<Void> promise = Promise.promise();
    task.vertx().getOrCreateContext().runOnContext(v -> promise.complete());
    return promise.future();
  }

  // --- output lines ---

  @Test
  void capturedDocumentsAndCheckpointAreWrittenExactly() throws Exception {
    String output =
        run(
            scope(false),
            task -> {
              task.captured(0, json("{ \"id\": 1, \"name\": \"Grüße\" }"));
              task.captured(
                  0,
                  (JsonGenerator g) -> {
                    g.writeStartObject();
                    g.writeNumberField("id", 2);
                    g.writeStringField("s", "ü");
                    g.writeEndObject();
                  });
              task.captured(300, json("{\"big\":true}"));
              return task.checkpoint(json("{\"cursor\":\"2024-01-01\",\"n\":0.10}"));
            });
    assertEquals(
        """
        {"captured":{"binding":0,"doc":{"id":1,"name":"Grüße"}}}
        {"captured":{"binding":0,"doc":{"id":2,"s":"ü"}}}
        {"captured":{"binding":300,"doc":{"big":true}}}
        {"checkpoint":{"state":{"updated":{"cursor":"2024-01-01","n":0.10},"mergePatch":true}}}
        """,
        output);
  }

  @Test
  void checkpointWithoutMergePatch() throws Exception {
    String output = run(scope(false), task -> task.checkpoint(json("{\"a\":{}}"), false));
    assertEquals(
        "{\"checkpoint\":{\"state\":{\"updated\":{\"a\":{}},\"mergePatch\":false}}}\n", output);
  }

  @Test
  void sourcedSchemaLine() throws Exception {
    String output =
        run(
            scope(false),
            task -> {
              task.sourcedSchema(
                  1, json("{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"integer\"}}}"));
              task.captured(1, json("{\"id\":7}"));
              return task.checkpoint(RawJson.EMPTY_OBJECT);
            });
    assertEquals(
        """
        {"sourcedSchema":{"binding":1,"schema_json":{"type":"object","properties":{"id":{"type":"integer"}}}}}
        {"captured":{"binding":1,"doc":{"id":7}}}
        {"checkpoint":{"state":{"updated":{},"mergePatch":true}}}
        """,
        output);
  }

  @Test
  void nonObjectValuesAreRejectedWithAClearMessage() throws Exception {
    List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
    AtomicReference<Long> pendingAfter = new AtomicReference<>();
    String output =
        run(
            scope(false),
            task -> {
              errors.add(
                  assertThrows(
                      IllegalArgumentException.class, () -> task.captured(0, json("[1,2]"))));
              errors.add(
                  assertThrows(
                      IllegalArgumentException.class, () -> task.sourcedSchema(2, json("true"))));
              errors.add(
                  assertThrows(
                      IllegalArgumentException.class, () -> task.checkpoint(json("\"state\""))));
              errors.add(
                  assertThrows(
                      IllegalArgumentException.class, () -> task.checkpoint(RawJson.NULL, false)));
              errors.add(
                  assertThrows(
                      IllegalArgumentException.class, () -> task.captured(-1, json("{}"))));
              pendingAfter.set(task.pendingBytes());
              return Future.succeededFuture();
            });
    assertEquals("", output, "nothing was committed");
    assertEquals(0L, pendingAfter.get());
    assertEquals(
        "task capture: a captured document must be a JSON object, but binding 0 was given [1,2]",
        errors.get(0).getMessage());
    assertEquals(
        "task capture: a sourced schema must be a JSON object, but binding 2 was given true",
        errors.get(1).getMessage());
    assertEquals(
        "task capture: a checkpoint's state must be a JSON object, got \"state\"",
        errors.get(2).getMessage());
    assertTrue(errors.get(3).getMessage().endsWith("got null"), errors.get(3).getMessage());
    assertTrue(errors.get(4).getMessage().contains("non-negative"), errors.get(4).getMessage());
  }

  @Test
  void aFailingDocumentWriterLeavesNoPartialLine() throws Exception {
    List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
    String big = "x".repeat(50_000); // larger than the generator's own buffer
    String output =
        run(
            scope(false),
            task -> {
              task.captured(0, json("{\"id\":1}"));
              long before = task.pendingBytes();
              errors.add(
                  assertThrows(
                      IllegalStateException.class,
                      () ->
                          task.captured(
                              0,
                              (JsonGenerator g) -> {
                                g.writeStartObject();
                                g.writeStringField("big", big);
                                g.writeFieldName("half");
                                throw new IllegalStateException("writer broke");
                              })));
              assertEquals(before, task.pendingBytes());
              errors.add(
                  assertThrows(
                      UncheckedIOException.class,
                      () ->
                          task.captured(
                              0,
                              (JsonGenerator g) -> {
                                g.writeStartObject();
                                g.writeStringField("small", "y");
                                throw new IOException("io broke");
                              })));
              assertEquals(before, task.pendingBytes());
              task.captured(
                  0,
                  (JsonGenerator g) -> {
                    g.writeStartObject();
                    g.writeNumberField("id", 2);
                    g.writeEndObject();
                  });
              return task.checkpoint(json("{\"k\":1}"));
            });
    assertEquals("writer broke", errors.get(0).getMessage());
    assertInstanceOf(IOException.class, errors.get(1).getCause());
    assertEquals(
        """
        {"captured":{"binding":0,"doc":{"id":1}}}
        {"captured":{"binding":0,"doc":{"id":2}}}
        {"checkpoint":{"state":{"updated":{"k":1},"mergePatch":true}}}
        """,
        output);
  }

  @Test
  void resetDiscardsPendingDocumentsAndSchemas() throws Exception {
    String output =
        run(
            scope(false),
            task -> {
              task.captured(0, json("{\"dropped\":1}"));
              task.sourcedSchema(0, json("{\"dropped\":true}"));
              task.reset();
              assertEquals(0, task.pendingBytes());
              task.captured(0, json("{\"kept\":1}"));
              return task.checkpoint(json("{}"));
            });
    assertEquals(
        """
        {"captured":{"binding":0,"doc":{"kept":1}}}
        {"checkpoint":{"state":{"updated":{},"mergePatch":true}}}
        """,
        output);
  }

  @Test
  void aTransactionLargerThanMemoryIsSpilledAndWrittenWhole() throws Exception {
    TaskScope scope =
        scope(
            new Transactor(writer, false),
            new MemoryBudget(MemoryBudget.CHUNK_SIZE),
            MemoryBudget.CHUNK_SIZE);
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      expected
          .append("{\"captured\":{\"binding\":0,\"doc\":{\"i\":")
          .append(i)
          .append(",\"pad\":\"")
          .append("p".repeat(1000))
          .append("\"}}}\n");
    }
    expected.append(
        "{\"checkpoint\":{\"state\":{\"updated\":{\"done\":true},\"mergePatch\":true}}}\n");
    String output =
        run(
            scope,
            task -> {
              for (int i = 0; i < 200; i++) {
                task.captured(0, json("{\"i\":" + i + ",\"pad\":\"" + "p".repeat(1000) + "\"}"));
              }
              return task.checkpoint(json("{\"done\":true}"));
            });
    assertEquals(expected.toString(), output);
  }

  // --- digests ---

  private String digestOf(TaskScope scope, TaskWork fill) throws Exception {
    AtomicReference<String> digest = new AtomicReference<>();
    await(
        scope.run(
            task -> {
              fill.run(task);
              digest.set(task.pendingDigest());
              task.reset();
              return Future.succeededFuture();
            }));
    return digest.get();
  }

  @Test
  void pendingDigestDependsOnTheDocumentsOnly() throws Exception {
    TaskScope scope = scope(false);
    String empty = digestOf(scope, task -> null);
    String ab =
        digestOf(
            scope,
            task -> {
              task.captured(0, json("{\"a\":1}"));
              task.captured(0, json("{\"b\":2}"));
              return null;
            });
    String abAgain =
        digestOf(
            scope,
            task -> {
              task.captured(
                  0,
                  (JsonGenerator g) -> {
                    g.writeStartObject();
                    g.writeNumberField("a", 1);
                    g.writeEndObject();
                  });
              task.captured(0, json("{ \"b\" : 2 }"));
              return null;
            });
    String ba =
        digestOf(
            scope,
            task -> {
              task.captured(0, json("{\"b\":2}"));
              task.captured(0, json("{\"a\":1}"));
              return null;
            });
    String otherBinding =
        digestOf(
            scope,
            task -> {
              task.captured(1, json("{\"a\":1}"));
              task.captured(1, json("{\"b\":2}"));
              return null;
            });
    String withSchemas =
        digestOf(
            scope,
            task -> {
              task.sourcedSchema(0, json("{\"type\":\"object\"}"));
              task.captured(0, json("{\"a\":1}"));
              task.sourcedSchema(3, json("{\"x\":1}"));
              task.sourcedSchema(4, json("{\"y\":1}"));
              task.captured(0, json("{\"b\":2}"));
              task.sourcedSchema(0, json("{\"z\":1}"));
              return null;
            });
    assertEquals(32, ab.length(), "128 bits in hex");
    assertTrue(ab.matches("[0-9a-f]{32}"), ab);
    assertEquals(ab, abAgain);
    assertEquals(ab, withSchemas, "sourced schemas are not part of the digest");
    assertNotEquals(ab, ba);
    assertNotEquals(ab, otherBinding);
    assertNotEquals(ab, empty);
  }

  @Test
  void pendingDigestStartsAfreshAfterACheckpoint() throws Exception {
    TaskScope scope = scope(false);
    String empty = digestOf(scope, task -> null);
    AtomicReference<String> afterCheckpoint = new AtomicReference<>();
    AtomicReference<String> second = new AtomicReference<>();
    run(
        scope,
        task -> {
          task.captured(0, json("{\"first\":1}"));
          return task.checkpoint(json("{}"))
              .compose(
                  v -> {
                    afterCheckpoint.set(task.pendingDigest());
                    task.captured(0, json("{\"second\":1}"));
                    second.set(task.pendingDigest());
                    return task.checkpoint(json("{}"));
                  });
        });
    String onlySecond =
        digestOf(
            scope,
            task -> {
              task.captured(0, json("{\"second\":1}"));
              return null;
            });
    assertEquals(empty, afterCheckpoint.get());
    assertEquals(onlySecond, second.get());
  }

  @Test
  void pendingDigestIsTheSameInMemoryAndSpilled() throws Exception {
    // Documents and schema lines of assorted sizes, so schema lines straddle chunk and read-block
    // boundaries in both layouts.
    TaskWork withSchemas =
        task -> {
          for (int i = 0; i < 60; i++) {
            task.captured(
                i % 3, json("{\"i\":" + i + ",\"pad\":\"" + "d".repeat(i * 97 % 5000) + "\"}"));
            if (i % 4 == 1) {
              task.sourcedSchema(
                  i % 3, json("{\"s\":\"" + "s".repeat(i * 313 % 20000 + 1) + "\"}"));
            }
          }
          return null;
        };
    TaskWork withoutSchemas =
        task -> {
          for (int i = 0; i < 60; i++) {
            task.captured(
                i % 3, json("{\"i\":" + i + ",\"pad\":\"" + "d".repeat(i * 97 % 5000) + "\"}"));
          }
          return null;
        };
    TaskScope roomy = scope(false);
    TaskScope tiny =
        scope(
            new Transactor(writer, false),
            new MemoryBudget(MemoryBudget.CHUNK_SIZE),
            MemoryBudget.CHUNK_SIZE);

    AtomicReference<Boolean> spilled = new AtomicReference<>();
    await(
        tiny.run(
            task -> {
              withSchemas.run(task);
              spilled.set(task.pendingBytes() > MemoryBudget.CHUNK_SIZE);
              task.reset();
              return Future.succeededFuture();
            }));
    assertTrue(spilled.get(), "the tiny scope's task must have spilled");

    String reference = digestOf(roomy, withoutSchemas);
    assertEquals(reference, digestOf(roomy, withSchemas), "in memory");
    assertEquals(reference, digestOf(tiny, withoutSchemas), "spilled");
    assertEquals(reference, digestOf(tiny, withSchemas), "spilled, with schema lines");
  }

  // --- children, failures, names ---

  @Test
  void taskNamesAndLogSources() throws Exception {
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    run(
        scope(false),
        task -> {
          seen.add(task.name() + " " + task.log().source());
          return task.spawn(
              "a.b",
              child -> {
                seen.add(child.name() + " " + child.log().source());
                return child.spawn(
                    "c",
                    grandchild -> {
                      seen.add(grandchild.name() + " " + grandchild.log().source());
                      return Future.succeededFuture();
                    });
              });
        });
    assertEquals(
        List.of(
            "capture flow.capture",
            "capture.a.b flow.capture.a.b",
            "capture.a.b.c flow.capture.a.b.c"),
        seen);
  }

  @Test
  void aParentFinishesOnlyAfterItsChildren() throws Exception {
    TaskScope scope = scope(false);
    Promise<Void> childWork = Promise.promise();
    Promise<Void> grandchildWork = Promise.promise();
    Future<Void> capture =
        scope.run(
            task -> {
              task.spawn(
                  "child",
                  child -> {
                    child.spawn("grandchild", grandchild -> grandchildWork.future());
                    return childWork.future();
                  });
              return Future.succeededFuture(); // the root's own work is done at once
            });
    // Once this runs on the context, the root's work has returned.
    assertEquals(
        List.of("capture", "capture.child", "capture.child.grandchild"),
        onContext(scope::runningTasks));
    assertFalse(capture.isComplete());

    onContext(() -> childWork.tryComplete());
    assertEquals(
        List.of("capture", "capture.child", "capture.child.grandchild"),
        onContext(scope::runningTasks),
        "a task whose work is done still runs while its children do");
    assertFalse(capture.isComplete(), "the grandchild still runs");

    onContext(() -> grandchildWork.tryComplete());
    await(capture);
    assertEquals(List.of(), scope.runningTasks());
    assertEquals(null, scope.firstError());
  }

  @Test
  void theFirstFailingChildStopsTheCaptureAndSiblingsFinishGracefully() throws Exception {
    TaskScope scope = scope(false);
    Future<Void> capture =
        scope.run(
            task -> {
              task.spawn(
                  "steady",
                  sibling ->
                      // Winds down once asked to stop, committing its last transaction.
                      sibling
                          .stopping()
                          .future()
                          .compose(
                              v -> {
                                sibling.captured(0, json("{\"last\":true}"));
                                return sibling.checkpoint(json("{\"stopped\":true}"));
                              }));
              task.spawn(
                  "x.fail",
                  failing ->
                      yieldTurn(failing)
                          .compose(v -> Future.failedFuture(new RuntimeException("kaput"))));
              task.spawn(
                  "later",
                  late ->
                      late.stopping()
                          .future()
                          .compose(
                              v -> Future.failedFuture(new RuntimeException("second failure"))));
              return Future.succeededFuture();
            });
    Throwable error = awaitFailure(capture);
    TaskFailedException failed = assertInstanceOf(TaskFailedException.class, error);
    assertEquals("Task capture.x.fail: kaput", failed.getMessage());
    assertEquals("capture.x.fail", failed.taskName());
    assertEquals("kaput", failed.getCause().getMessage());
    assertTrue(scope.stopping().isSet());
    assertEquals("task capture.x.fail failed", scope.stopping().reason());
    assertEquals(failed, scope.firstError());
    assertEquals(List.of(), scope.runningTasks());

    await(writer.drain());
    assertEquals(
        """
        {"captured":{"binding":0,"doc":{"last":true}}}
        {"checkpoint":{"state":{"updated":{"stopped":true},"mergePatch":true}}}
        """,
        out.toString(UTF_8),
        "the sibling committed after the stop");
    String log = logs.toString(UTF_8);
    assertTrue(
        log.contains("{\"level\":\"ERROR\",\"msg\":\"task capture.x.fail failed: kaput\""), log);
    assertTrue(log.contains("\"source\":\"flow.capture.x.fail\""), log);
  }

  @Test
  void aParentWaitingOnAFailedChildDoesNotReplaceTheFirstError() throws Exception {
    TaskScope scope = scope(false);
    Throwable error =
        awaitFailure(
            scope.run(
                task ->
                    task.spawn(
                        "inner",
                        child -> Future.failedFuture(new IllegalStateException("inner broke")))));
    assertEquals("Task capture.inner: inner broke", error.getMessage());
  }

  @Test
  void aWorkThatThrowsOrReturnsNullFails() throws Exception {
    Throwable thrown =
        awaitFailure(
            scope(false)
                .run(
                    task ->
                        task.spawn(
                            "sync",
                            child -> {
                              throw new IllegalStateException("sync boom");
                            })));
    assertEquals("Task capture.sync: sync boom", thrown.getMessage());

    Throwable nulled = awaitFailure(scope(false).run(task -> task.spawn("nul", child -> null)));
    assertEquals(
        "Task capture.nul: the work of task capture.nul returned a null future",
        nulled.getMessage());

    Throwable root =
        awaitFailure(
            scope(false)
                .run(
                    task -> {
                      throw new IOException();
                    }));
    assertEquals(
        "Task capture: java.io.IOException", root.getMessage(), "no message: the type name");
  }

  @Test
  void uncheckpointedDocumentsAreDroppedWithAWarning() throws Exception {
    String output =
        run(
            scope(false),
            task -> {
              task.captured(0, json("{\"never\":1}"));
              return Future.succeededFuture();
            });
    assertEquals("", output);
    assertTrue(
        logs.toString(UTF_8)
            .contains(
                "\"level\":\"WARNING\",\"msg\":\"task finished with documents that were never checkpointed; they are dropped\""),
        logs.toString(UTF_8));
  }

  @Test
  void checkpointAndAwaitAckCompletesAfterTheAcknowledgement() throws Exception {
    Transactor transactor = new Transactor(writer, true);
    TaskScope scope = scope(transactor, new MemoryBudget(64L << 20), TaskScope.DEFAULT_TASK_MEMORY);
    Promise<Void> acked = Promise.promise();
    Future<Void> capture =
        scope.run(
            task -> {
              task.captured(0, json("{\"a\":1}"));
              return task.checkpointAndAwaitAck(json("{}")).onSuccess(v -> acked.complete());
            });
    await(writer.drain());
    assertEquals(1, onContext(transactor::pendingAcknowledgements));
    assertFalse(acked.future().isComplete());
    assertFalse(capture.isComplete());
    transactor.acknowledge(1);
    await(capture);
    assertTrue(acked.future().succeeded());
  }

  @Test
  void transactionsOfTwoTasksNeverInterleave() throws Exception {
    // Small memory, so some transactions spill while others stay in memory.
    TaskScope scope =
        scope(
            new Transactor(writer, false),
            new MemoryBudget(4L * MemoryBudget.CHUNK_SIZE),
            MemoryBudget.CHUNK_SIZE);
    int transactions = 30;
    int docs = 8;
    run(
        scope,
        task -> {
          for (String name : List.of("left", "right")) {
            task.spawn(name, child -> produce(child, name, 0, transactions, docs));
          }
          return Future.succeededFuture();
        });
    String[] lines = out.toString(UTF_8).lines().toArray(String[]::new);
    assertEquals(2 * transactions * (docs + 1), lines.length);
    int[] nextTxn = new int[2];
    int i = 0;
    while (i < lines.length) {
      String first = lines[i];
      String name = first.contains("\"left\"") ? "left" : "right";
      int side = name.equals("left") ? 0 : 1;
      int txn = nextTxn[side]++;
      for (int d = 0; d < docs; d++) {
        assertTrue(
            lines[i + d].startsWith(
                "{\"captured\":{\"binding\":"
                    + side
                    + ",\"doc\":{\"task\":\""
                    + name
                    + "\",\"txn\":"
                    + txn
                    + ",\"doc\":"
                    + d
                    + ","),
            "line " + (i + d) + ": " + lines[i + d]);
      }
      assertEquals(
          "{\"checkpoint\":{\"state\":{\"updated\":{\""
              + name
              + "\":"
              + txn
              + "},\"mergePatch\":true}}}",
          lines[i + docs]);
      i += docs + 1;
    }
    assertEquals(transactions, nextTxn[0]);
    assertEquals(transactions, nextTxn[1]);
  }

  /** Captures documents one event-loop turn at a time, so the two tasks' work interleaves. */
  private static Future<Void> produce(Task task, String name, int txn, int transactions, int docs) {
    if (txn == transactions) {
      return Future.succeededFuture();
    }
    int binding = name.equals("left") ? 0 : 1;
    Future<Void> chain = Future.succeededFuture();
    for (int d = 0; d < docs; d++) {
      int doc = d;
      chain =
          chain
              .compose(v -> yieldTurn(task))
              .map(
                  v -> {
                    String pad = "z".repeat((txn * 7919 + doc * 104729) % 9000);
                    task.captured(
                        binding,
                        json(
                            "{\"task\":\""
                                + name
                                + "\",\"txn\":"
                                + txn
                                + ",\"doc\":"
                                + doc
                                + ",\"pad\":\""
                                + pad
                                + "\"}"));
                    return null;
                  });
    }
    return chain
        .compose(v -> task.checkpoint(json("{\"" + name + "\":" + txn + "}")))
        .compose(v -> produce(task, name, txn + 1, transactions, docs));
  }
}
