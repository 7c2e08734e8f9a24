package flowcdk.runtime.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogWriterTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private LogWriter writer;
  private LogWriter previous;

  @BeforeEach
  void install() {
    writer = new LogWriter(out, LogFormat.JSON, Level.DEBUG, new Redactor());
    previous = Logging.install(writer);
  }

  @AfterEach
  void restore() {
    Logging.install(previous);
  }

  private List<String> lines() {
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.isEmpty() || text.endsWith("\n"), text);
    return text.isEmpty()
        ? List.of()
        : Arrays.asList(text.split("\n", -1)).subList(0, text.split("\n", -1).length - 1);
  }

  private static Map<?, ?> parse(String line) {
    return assertInstanceOf(Map.class, JsonValues.read(RawJson.parse(line)));
  }

  @Test
  void jsonLineHasLevelMsgAndFieldsInOrder() {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("state", RawJson.parse("{\"cursor\":\"2024-05-01T00:00:00Z\"}"));
    args.put("subtask_id", null);
    Log.root()
        .child("capture")
        .child("users.incremental")
        .info("resuming incremental replication", Fields.of("args", args, "count", 3));
    List<String> lines = lines();
    assertEquals(1, lines.size());
    assertEquals(
        "{\"level\":\"INFO\",\"msg\":\"resuming incremental replication\",\"fields\":{\"args\":"
            + "{\"state\":{\"cursor\":\"2024-05-01T00:00:00Z\"},\"subtask_id\":null},\"count\":3,"
            + "\"source\":\"flow.capture.users.incremental\"}}",
        lines.get(0));
    Map<?, ?> line = parse(lines.get(0));
    assertEquals(List.of("level", "msg", "fields"), new ArrayList<>(line.keySet()));
  }

  @Test
  void fieldsThenSourceThenTraceback() {
    IllegalStateException error =
        new IllegalStateException("outer", new RuntimeException("inner cause"));
    Log.named("some.library")
        .log(Level.ERROR, "failed \"badly\"\n", Fields.of("a", 1, "b", List.of(true, "x")), error);
    List<String> lines = lines();
    assertEquals(1, lines.size(), "a stack trace stays on one line");
    Map<?, ?> line = parse(lines.get(0));
    assertEquals("ERROR", line.get("level"));
    assertEquals("failed \"badly\"\n", line.get("msg"));
    Map<?, ?> fields = assertInstanceOf(Map.class, line.get("fields"));
    assertEquals(List.of("a", "b", "source", "traceback"), new ArrayList<>(fields.keySet()));
    assertEquals(1L, fields.get("a"));
    assertEquals(List.of(true, "x"), fields.get("b"));
    assertEquals("some.library", fields.get("source"));
    List<?> traceback = assertInstanceOf(List.class, fields.get("traceback"));
    assertEquals("java.lang.IllegalStateException: outer", traceback.get(0));
    assertTrue(traceback.stream().allMatch(String.class::isInstance));
    assertTrue(((String) traceback.get(1)).startsWith("\tat "), traceback.get(1).toString());
    assertTrue(
        traceback.stream()
            .anyMatch(l -> l.equals("Caused by: java.lang.RuntimeException: inner cause")),
        traceback.toString());
    assertFalse(traceback.stream().anyMatch(l -> ((String) l).contains("\n")));
  }

  @Test
  void noFieldsStillWritesSource() {
    Log.root().warning("plain");
    assertEquals(
        List.of("{\"level\":\"WARNING\",\"msg\":\"plain\",\"fields\":{\"source\":\"flow\"}}"),
        lines());
  }

  @Test
  void thresholdDropsLowerLevels() {
    LogWriter info = new LogWriter(out, LogFormat.JSON, Level.WARNING, new Redactor());
    Logging.install(info);
    Log log = Log.root();
    assertFalse(log.isEnabled(Level.INFO));
    assertTrue(log.isEnabled(Level.WARNING));
    assertTrue(log.isEnabled(Level.CRITICAL));
    log.debug("no");
    log.info("no");
    log.warning("yes");
    log.error("yes too");
    log.log(Level.CRITICAL, "and this", Fields.NONE, null);
    List<String> lines = lines();
    assertEquals(3, lines.size(), lines.toString());
    assertEquals("WARNING", parse(lines.get(0)).get("level"));
    assertEquals("ERROR", parse(lines.get(1)).get("level"));
    assertEquals("CRITICAL", parse(lines.get(2)).get("level"));
  }

  @Test
  void textFormatIsOneReadableLineWithFields() {
    LogWriter text = new LogWriter(out, LogFormat.TEXT, Level.DEBUG, new Redactor());
    text.write(
        Level.INFO,
        "flow.capture",
        "hello world",
        Fields.of("name", "users", "count", 2, "obj", Map.of("k", "v")),
        null);
    List<String> lines = lines();
    assertEquals(1, lines.size());
    String line = lines.get(0);
    assertTrue(
        line.matches(
            "\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO    flow\\.capture: hello world  name=users  count=2  obj=\\{\"k\":\"v\"\\}"),
        line);
    assertEquals(LogFormat.TEXT, text.format());
    assertEquals(Level.DEBUG, text.threshold());
  }

  @Test
  void connectorStatusEvent() {
    Log.root().connectorStatus("Backfilling 2 out of 7 bindings");
    assertEquals(
        List.of(
            "{\"level\":\"INFO\",\"msg\":\"Backfilling 2 out of 7 bindings\",\"fields\":{\"eventType\":\"connectorStatus\",\"source\":\"flow\"}}"),
        lines());
  }

  @Test
  void configUpdateEvent() {
    RawJson encrypted =
        RawJson.parse(
            "{\"credentials\":{\"access_token_sops\":\"ENC[AES256_GCM,data:abc]\"},\"sops\":{\"version\":\"3.8.1\"}}");
    Log.root().configUpdate("Rotating OAuth2 tokens in endpoint config.", encrypted);
    assertEquals(
        List.of(
            "{\"level\":\"INFO\",\"msg\":\"Rotating OAuth2 tokens in endpoint config.\",\"fields\":"
                + "{\"eventType\":\"configUpdate\",\"config\":"
                + encrypted
                + ",\"source\":\"flow\"}}"),
        lines());
  }

  @Test
  void concurrentWritersProduceWholeLines() throws Exception {
    int threads = 4;
    int perThread = 300;
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int id = t;
      Thread worker =
          new Thread(
              () -> {
                for (int i = 0; i < perThread; i++) {
                  Log.root().info("line", Fields.of("t", id, "i", i, "pad", "p".repeat(500)));
                }
              });
      worker.start();
      workers.add(worker);
    }
    for (Thread worker : workers) {
      worker.join(30_000);
    }
    List<String> lines = lines();
    assertEquals(threads * perThread, lines.size());
    for (String line : lines) {
      parse(line); // each is complete, valid JSON
    }
  }
}
