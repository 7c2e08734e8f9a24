package flowcdk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Captures with a connector as Flow would, session after session: discovers its bindings once,
 * opens each session with every binding and the state reduced so far (checkpoints applied by JSON
 * merge patch, or replacing the state), acknowledges checkpoints when the connector asks for it,
 * and keeps the documents each session committed (those before its last checkpoint). Every document
 * is validated against the schema discovery gave its binding, with a real JSON Schema validator: a
 * document that does not match fails the session.
 */
public final class CaptureSessions {

  /** A bound against a hung connector, not a timing assertion. */
  private static final Duration HANG = Duration.ofMinutes(2);

  private final ConnectorJar jar;
  private final Path config;
  private Map<String, String> env = Map.of();
  private String interval;
  private String state = "{}";
  private String discovered;
  private SchemaCheck schemas;
  private final List<String> names = new ArrayList<>();
  private final List<List<String>> keyPointers = new ArrayList<>();
  private final Map<String, List<JsonNode>> documents = new LinkedHashMap<>();

  private CaptureSessions(ConnectorJar jar, Path config) {
    this.jar = jar;
    this.config = config;
  }

  /** Sessions of {@code jar} with the endpoint config in the file {@code config}. */
  public static CaptureSessions of(ConnectorJar jar, Path config) {
    return new CaptureSessions(jar, config);
  }

  /** Runs the connector with these environment variables added (such as a fake API's URL). */
  public CaptureSessions env(Map<String, String> env) {
    this.env = Map.copyOf(env);
    return this;
  }

  /** Opens every binding with this resource-config interval (such as {@code PT0S}). */
  public CaptureSessions interval(String interval) {
    this.interval = interval;
    return this;
  }

  /** Starts from {@code state} instead of {@code {}}. */
  public CaptureSessions state(String state) {
    this.state = state;
    return this;
  }

  /** The state reduced from every committed checkpoint so far. */
  public String state() {
    return state;
  }

  /** The discovered bindings' names, in binding order. */
  public List<String> bindings() {
    discover();
    return List.copyOf(names);
  }

  /** The documents of {@code binding} committed so far, in the order they were captured. */
  public List<JsonNode> documents(String binding) {
    return List.copyOf(documents.getOrDefault(binding, List.of()));
  }

  /** The keys (key pointers' values, joined with {@code /}) of {@code binding}'s documents. */
  public Set<String> keys(String binding) {
    discover();
    Set<String> keys = new LinkedHashSet<>();
    for (JsonNode document : documents(binding)) {
      keys.add(key(names.indexOf(binding), document));
    }
    return keys;
  }

  /**
   * Every binding's committed documents, one per line as {@code <binding>: <json>}, each binding's
   * sorted by key (whole numbers numerically) and the last version of a key kept (as Flow's
   * reduction would): the output to compare with a {@link Snapshot}.
   */
  public String outputs() {
    discover();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      Map<String, JsonNode> byKey = new TreeMap<>(KeyOrder.INSTANCE);
      for (JsonNode document : documents(names.get(i))) {
        byKey.put(key(i, document), document);
      }
      for (JsonNode document : byKey.values()) {
        out.append(names.get(i)).append(": ").append(document).append('\n');
      }
    }
    return out.toString();
  }

  /** What one session printed. */
  public record Session(List<String> lines, String stderr, boolean killed) {
    /** Its protocol lines, sorted into documents and checkpoints. */
    public Captured captured() {
      return new Captured(lines);
    }
  }

  /**
   * Runs one session until {@code done} holds for these sessions (tested after every line, with
   * what is committed so far), then stops it gracefully (SIGTERM).
   */
  public Session run(Predicate<CaptureSessions> done) throws Exception {
    return session(done, -1);
  }

  /** Runs one session and kills it (SIGKILL) right after its {@code checkpoints}-th checkpoint. */
  public Session crashAfter(int checkpoints) throws Exception {
    return session(null, checkpoints);
  }

  private Session session(Predicate<CaptureSessions> done, int killAfter) throws Exception {
    discover();
    ConnectorJar.Session session = jar.start(env);
    session.send(OpenRequest.of(discovered, read(config), interval, state));
    Progress progress = new Progress();
    try {
      session.await(
          out -> progress.follow(session, out, done, killAfter), HANG, "the session's end");
    } catch (RuntimeException | Error | InterruptedException failure) {
      session.kill(); // a document that failed validation, or a hang: nothing more to capture
      throw failure;
    }
    ConnectorJar.Run run = killAfter > 0 ? session.kill() : session.terminate();
    return new Session(progress.lines, run.err(), killAfter > 0);
  }

  /** Follows one session's lines: acknowledges, commits and validates at each checkpoint. */
  private final class Progress {
    final List<String> lines = new ArrayList<>();
    int seen;
    int committed;
    int checkpoints;
    boolean explicitAcks;

    boolean follow(
        ConnectorJar.Session session,
        List<String> out,
        Predicate<CaptureSessions> done,
        int killAfter) {
      for (; seen < out.size(); seen++) {
        String line = out.get(seen);
        lines.add(line);
        if (line.startsWith("{\"opened\"")) {
          explicitAcks =
              Captured.parse(line).path("opened").path("explicitAcknowledgements").asBoolean();
        } else if (line.startsWith("{\"checkpoint\"")) {
          commit(lines.subList(committed, lines.size()));
          committed = lines.size();
          checkpoints++;
          if (killAfter > 0 && checkpoints >= killAfter) {
            return true;
          }
          if (explicitAcks) {
            acknowledge(session);
          }
          if (done != null && done.test(CaptureSessions.this)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  private static void acknowledge(ConnectorJar.Session session) {
    try {
      session.send("{\"acknowledge\":{\"checkpoints\":1}}");
    } catch (IOException e) {
      throw new AssertionError("could not acknowledge a checkpoint: the connector is gone", e);
    }
  }

  /** Validates and keeps the documents of one transaction, and reduces its checkpoint. */
  private void commit(List<String> transaction) {
    Captured captured = new Captured(transaction);
    for (int i = 0; i < names.size(); i++) {
      List<JsonNode> batch = captured.documents(i);
      if (!batch.isEmpty()) {
        schemas.assertValid(names.get(i), batch);
        documents.computeIfAbsent(names.get(i), n -> new ArrayList<>()).addAll(batch);
      }
    }
    state = OpenRequest.reduce(state, transaction);
  }

  private void discover() {
    if (discovered != null) {
      return;
    }
    ConnectorJar.Run run;
    try {
      run = jar.start(env, "discover", "--config", config.toString(), "--json").awaitExit(HANG);
    } catch (Exception e) {
      throw new AssertionError("could not run discover: " + e.getMessage(), e);
    }
    assertEquals(0, run.status(), () -> "discover failed:\n" + run.err());
    discovered = run.out().get(0);
    schemas = new SchemaCheck(discovered);
    for (JsonNode binding : Captured.parse(discovered).get("discovered").get("bindings")) {
      names.add(binding.get("recommendedName").asText());
      List<String> pointers = new ArrayList<>();
      binding.get("key").forEach(pointer -> pointers.add(pointer.asText()));
      keyPointers.add(pointers);
    }
  }

  private String key(int binding, JsonNode document) {
    StringBuilder key = new StringBuilder();
    for (String pointer : keyPointers.get(binding)) {
      key.append(key.length() == 0 ? "" : "/").append(document.at(pointer).asText());
    }
    return key.toString();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new AssertionError("cannot read the config " + file, e);
    }
  }
}
