package flowcdk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.MergePatch;
import flowcdk.runtime.json.RawJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: a capture killed at random points (SIGKILL) and resumed from its reduced state loses
 * no document: every key of an uninterrupted run is committed at least once.
 *
 * <p>The shaded jar runs as a child process fed one Open request (stdin stays open). Like Flow, the
 * test commits a transaction only when its checkpoint line has been received: the checkpoint's
 * patch is reduced into the state and the documents before it count as committed; documents after
 * the last complete checkpoint are lost with the process.
 */
class CrashResumeIT {

  private static final Path JAR = Path.of("target", "bench-connector.jar");

  /** The connector's stderr (its log) of every run, in order; failure messages include it. */
  private static final Path STDERR = Path.of("target", "crash-resume-it.stderr.log");

  private static final int BINDINGS = 3;
  private static final int DOCS = 3_000;
  private static final int PAGE = 100;
  private static final long SEED = 20261123L;

  /** A run is killed after a uniformly random number of stdout lines in [1, KILL_WITHIN]. */
  private static final int KILL_WITHIN = 2_500;

  /** What one run of the connector left behind. */
  private record Outcome(String state, List<String> committed, boolean killed) {}

  @Test
  void killedAndResumedCaptureLosesNoDocument() throws Exception {
    assertTrue(Files.exists(JAR), "run `mvn package` first: " + JAR.toAbsolutePath());
    Files.deleteIfExists(STDERR);

    Outcome uninterrupted = run("{}", Integer.MAX_VALUE);
    assertTrue(!uninterrupted.killed());
    Set<String> expected = new HashSet<>(uninterrupted.committed());
    assertEquals(BINDINGS * DOCS, expected.size(), "an uninterrupted run commits every document");
    assertEquals(
        BINDINGS * DOCS,
        uninterrupted.committed().size(),
        "an uninterrupted run commits each once");

    Random random = new Random(SEED);
    String state = "{}";
    Set<String> union = new HashSet<>();
    long total = 0;
    int kills = 0;
    for (int runs = 1; ; runs++) {
      assertTrue(runs <= 100, "the capture never finished after " + runs + " runs");
      Outcome outcome = run(state, 1 + random.nextInt(KILL_WITHIN));
      state = outcome.state();
      union.addAll(outcome.committed());
      total += outcome.committed().size();
      if (!outcome.killed()) {
        break;
      }
      kills++;
    }
    System.out.printf(
        "[crash] %d kills, %d documents committed for %d keys (%d duplicates, at-least-once)%n",
        kills, total, union.size(), total - union.size());
    assertTrue(kills >= 3, "at least 3 kills: " + kills);
    assertEquals(expected, union);
    Object bindings = Transcripts.at(Transcripts.parse(state), "bindingStateV1");
    for (int b = 0; b < BINDINGS; b++) {
      Object binding = Transcripts.at(bindings, "items" + b);
      assertTrue(
          binding instanceof Map<?, ?> m && m.containsKey("last_initialized"),
          "items" + b + ": " + binding);
      assertNull(Transcripts.at(binding, "backfill"), "items" + b + "'s backfill is done");
    }
  }

  /**
   * Runs the jar from {@code state}, killing it with SIGKILL after {@code killAfter} stdout lines
   * unless it finishes first (then it must exit 0).
   */
  private static Outcome run(String state, int killAfter) throws Exception {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-jar",
                JAR.toString())
            .redirectError(ProcessBuilder.Redirect.appendTo(STDERR.toFile()))
            .start();
    RawJson reduced = RawJson.parse(state);
    List<String> committed = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    boolean killed = false;
    try (OutputStream stdin = process.getOutputStream();
        BufferedReader stdout =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      stdin.write((request(state) + "\n").getBytes(StandardCharsets.UTF_8));
      stdin.flush(); // stdin stays open, as Flow keeps it
      int lines = 0;
      for (String line; (line = stdout.readLine()) != null; ) {
        if (++lines > killAfter) {
          process.destroyForcibly();
          killed = true;
          break;
        }
        if (line.startsWith("{\"captured\"")) {
          Object doc = Transcripts.parse(line);
          pending.add(
              Transcripts.at(doc, "captured", "binding")
                  + "/"
                  + Transcripts.at(doc, "captured", "doc", "id"));
        } else if (line.startsWith("{\"checkpoint\"")) {
          Object updated =
              Transcripts.at(Transcripts.parse(line), "checkpoint", "state", "updated");
          reduced = MergePatch.apply(reduced, JsonValues.toRawJson(updated));
          committed.addAll(pending);
          pending.clear();
        }
      }
      if (!killed) {
        assertTrue(
            process.waitFor(60, TimeUnit.SECONDS),
            () -> "the capture exits once every backfill is done" + stderr());
        assertEquals(0, process.exitValue(), () -> "exit status of a completed capture" + stderr());
        assertEquals(
            List.of(), pending, "documents after the last checkpoint of a completed capture");
      }
    } finally {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
    return new Outcome(reduced.toString(), committed, killed);
  }

  /** The connector's stderr so far, for a failure message. */
  private static String stderr() {
    try {
      return "; connector stderr (" + STDERR + "):\n" + Files.readString(STDERR);
    } catch (IOException e) {
      return "; connector stderr unreadable: " + e;
    }
  }

  private static String request(String state) {
    StringBuilder bindings = new StringBuilder();
    for (int b = 0; b < BINDINGS; b++) {
      bindings
          .append(b == 0 ? "" : ",")
          .append("{\"resourceConfig\":{\"name\":\"items")
          .append(b)
          .append("\"},\"resourcePath\":[\"items")
          .append(b)
          .append("\"],\"stateKey\":\"items")
          .append(b)
          .append("\",\"collection\":{\"name\":\"acmeCo/items")
          .append(b)
          .append("\",\"key\":[\"/id\"],\"writeSchema\":{\"type\":\"object\"}}}");
    }
    return "{\"open\":{\"capture\":{\"name\":\"acmeCo/bench\",\"connectorType\":\"LOCAL\",\"config\":{\"bindings\":"
        + BINDINGS
        + ",\"docs\":"
        + DOCS
        + ",\"page\":"
        + PAGE
        + ",\"model\":true,\"pad\":16},\"intervalSeconds\":0,"
        + "\"bindings\":["
        + bindings
        + "]},\"version\":\"v1\",\"range\":{\"keyBegin\":0,\"keyEnd\":4294967295,"
        + "\"rClockBegin\":0,\"rClockEnd\":4294967295},\"state\":"
        + state
        + "}}";
  }
}
