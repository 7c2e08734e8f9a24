package flowcdk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a connector's log says about each binding's strategies, read from its stderr lines (JSON, at
 * {@code LOG_LEVEL=debug}): how many rounds each binding has finished, and whether it has a
 * backfill running. Tests wait on it to know a capture is at rest, with every binding done with its
 * round and nothing more to come until an interval passes, instead of sleeping and hoping.
 *
 * <p>A round is one poll of an incremental task that ended in a wait ({@code incremental task is
 * idle}), or one completed pass of a snapshot task (each pass starts with {@code awaiting next
 * snapshot}, so a pass is complete when the next one starts). Bindings are named by their state
 * keys, which the log's sources {@code flow.capture.<state key>.<strategy>} carry (followed by
 * {@code .<subtask id>} for a subtask, which the line's {@code subtask_id} names).
 */
public final class StrategyLog {

  private static final String SOURCE_PREFIX = "flow.capture.";

  private final Map<String, Integer> idlePolls = new HashMap<>();
  private final Map<String, Integer> snapshotPasses = new HashMap<>();
  private final Map<String, Integer> backfills = new HashMap<>();
  private final Set<String> bindings = new TreeSet<>();

  /** Reads {@code stderr}; lines that are not JSON log lines of a binding are skipped. */
  public StrategyLog(List<String> stderr) {
    for (String line : stderr) {
      if (!line.startsWith("{\"level\"")) {
        continue;
      }
      JsonNode record = Captured.parse(line);
      String source = record.path("fields").path("source").asText();
      // A subtask's task is <state key>.<strategy>.<subtask id>, and its lines name the subtask.
      JsonNode subtask = record.path("fields").path("args").path("subtask_id");
      if (subtask.isTextual() && source.endsWith("." + subtask.asText())) {
        source = source.substring(0, source.length() - subtask.asText().length() - 1);
      }
      int strategy = source.lastIndexOf('.');
      if (!source.startsWith(SOURCE_PREFIX) || strategy < SOURCE_PREFIX.length()) {
        continue;
      }
      String key = source.substring(SOURCE_PREFIX.length(), strategy);
      bindings.add(key);
      switch (record.path("msg").asText()) {
        case "incremental task is idle" -> idlePolls.merge(key, 1, Integer::sum);
        case "awaiting next snapshot" -> snapshotPasses.merge(key, 1, Integer::sum);
        case "beginning backfill", "resuming backfill" -> backfills.merge(key, 1, Integer::sum);
        case "completed backfill" -> backfills.merge(key, -1, Integer::sum);
        default -> {}
      }
    }
  }

  /** The state keys of the bindings whose strategies have logged anything. */
  public Set<String> bindings() {
    return bindings;
  }

  /** The rounds binding {@code key} has finished. */
  public int rounds(String key) {
    return idlePolls.getOrDefault(key, 0) + Math.max(0, snapshotPasses.getOrDefault(key, 0) - 1);
  }

  /** Whether binding {@code key} has a backfill that began and has not completed. */
  public boolean backfilling(String key) {
    return backfills.getOrDefault(key, 0) > 0;
  }

  /**
   * Whether each of {@code keys} has no backfill running and has finished at least {@code more}
   * rounds since {@code mark} (an earlier reading of the same log).
   *
   * <p>With {@code more} = 2, each binding has finished a whole round that started after {@code
   * mark} was read: the first round to finish after it may have started before it, the next one
   * started when that one had finished.
   */
  public boolean atRest(Collection<String> keys, StrategyLog mark, int more) {
    for (String key : keys) {
      if (backfilling(key) || rounds(key) < mark.rounds(key) + more) {
        return false;
      }
    }
    return true;
  }

  /**
   * Waits until {@code session} has printed {@code documents} documents and then every binding of
   * {@code keys} has no backfill running and has finished two more rounds: a whole round began
   * after those documents, so anything extra a binding would capture shows in the counts. Fails
   * after {@code timeout}, or if the connector closes its output first.
   */
  public static void awaitAtRest(
      ConnectorJar.Session session, long documents, Collection<String> keys, Duration timeout)
      throws InterruptedException {
    session.await(
        lines -> Captured.countDocuments(lines) >= documents, timeout, documents + " documents");
    StrategyLog mark = new StrategyLog(session.err());
    session.await(
        (out, err) -> new StrategyLog(err).atRest(keys, mark, 2),
        timeout,
        "two more rounds of every binding after " + documents + " documents");
  }

  /** No rounds yet: the mark of a session that has just started. */
  public static StrategyLog none() {
    return new StrategyLog(List.of());
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (String key : bindings()) {
      text.append(key)
          .append(": ")
          .append(rounds(key))
          .append(" rounds")
          .append(backfilling(key) ? ", backfilling" : "")
          .append('\n');
    }
    return text.toString();
  }
}
