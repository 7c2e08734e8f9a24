package flowcdk.example.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import flowcdk.testing.Captured;
import flowcdk.testing.ConnectorJar;
import flowcdk.testing.OpenRequest;
import flowcdk.testing.StrategyLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * What end-to-end tests against {@link PostgresServer#shared()} do: a fresh database, SQL as the
 * superuser, a config connecting as the SELECT-only {@linkplain PostgresServer#readerUser()
 * reader}, discovery, and preview captures until every binding is at rest.
 */
public final class PostgresRuns {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** How long a capture may take to reach its documents. */
  public static final Duration WAIT = Duration.ofMinutes(2);

  /** The connector logs what {@link StrategyLog} reads: its strategies' rounds, as JSON. */
  public static final Map<String, String> DEBUG_LOG =
      Map.of("LOG_LEVEL", "debug", "LOG_FORMAT", "json");

  private final PostgresServer server = PostgresServer.shared();
  private final Path dir;

  /** Runs keeping their config files in {@code dir}. */
  public PostgresRuns(Path dir) {
    this.dir = dir;
  }

  /** The server. */
  public PostgresServer server() {
    return server;
  }

  /** A fresh database named after {@code prefix}. */
  public String database(String prefix) {
    String name = prefix + "_" + DATABASES.incrementAndGet();
    server.createDatabase(name);
    return name;
  }

  /** Runs {@code statements} in {@code database} as the superuser. */
  public void sql(String database, String... statements) throws SQLException {
    server.execute(database, statements);
  }

  /** A config file for {@code database} as the reader, capturing {@code schemas}. */
  public Path config(String database, int pageSize, String... schemas) throws Exception {
    String list =
        List.of(schemas).stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(","));
    return Files.writeString(
        dir.resolve(database + ".json"),
        "{\"host\":\""
            + server.host()
            + "\",\"port\":"
            + server.port()
            + ",\"database\":\""
            + database
            + "\",\"user\":\""
            + server.readerUser()
            + "\",\"password\":\""
            + server.readerPassword()
            + "\",\"schemas\":["
            + list
            + "],\"page_size\":"
            + pageSize
            + "}");
  }

  /** The {@code discover --json} output line of {@code config}, asserting success. */
  public static String discovered(Path config) throws Exception {
    ConnectorJar.Run run = Jars.SQL.run("discover", "--config", config.toString(), "--json");
    assertEquals(0, run.status(), run.err());
    return run.out().get(0);
  }

  /**
   * Starts {@code preview --json} with {@code state} and waits until {@code documents} documents
   * were captured and every binding is at rest (its backfill done and its first round finished),
   * then stops it gracefully. The caller checks the status.
   */
  public static ConnectorJar.Run preview(Path config, Path state, long documents) throws Exception {
    return preview(config, state, documents, new String[0]);
  }

  /**
   * Like {@link #preview(Path, Path, long)}, with more options for {@code preview}, such as {@code
   * --shards 4} (docs/scale-out.md).
   */
  public static ConnectorJar.Run preview(Path config, Path state, long documents, String... more)
      throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "preview", "--config", config.toString(), "--state", state.toString(), "--json"));
    args.addAll(List.of(more));
    ConnectorJar.Session session = Jars.SQL.start(DEBUG_LOG, args.toArray(String[]::new));
    session.await(
        (out, err) -> {
          StrategyLog log = new StrategyLog(err);
          return Captured.countDocuments(out) >= documents
              && log.atRest(log.bindings(), StrategyLog.none(), 1);
        },
        WAIT,
        documents + " documents and every binding at rest");
    return session.terminate();
  }

  /**
   * One protocol session, as Flow runs it: Open with {@code state} and every binding's interval 1
   * s; once {@code documents} documents are out, waits until every binding has finished two more
   * rounds (so a whole round began after them, and anything extra shows in the counts), then
   * SIGTERM. Fails, with the connector's stderr, if the connector exits first.
   */
  public static ConnectorJar.Run session(
      String discovered, Path config, String state, long documents) throws Exception {
    ConnectorJar.Session session = Jars.SQL.start(DEBUG_LOG);
    session.send(OpenRequest.of(discovered, Files.readString(config), "PT1S", state));
    StrategyLog.awaitAtRest(session, documents, stateKeys(discovered), WAIT);
    ConnectorJar.Run run = session.terminate();
    assertEquals(0, run.status(), run.err());
    return run;
  }

  /** The state keys of the discovered bindings (resource paths joined with dots). */
  public static List<String> stateKeys(String discovered) {
    List<String> keys = new ArrayList<>();
    for (JsonNode binding : Captured.parse(discovered).get("discovered").get("bindings")) {
      List<String> path = new ArrayList<>();
      binding.get("resourcePath").forEach(part -> path.add(part.asText()));
      keys.add(String.join(".", path));
    }
    return keys;
  }
}
