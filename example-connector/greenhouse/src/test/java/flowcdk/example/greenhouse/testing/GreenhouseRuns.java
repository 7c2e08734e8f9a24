package flowcdk.example.greenhouse.testing;

import static flowcdk.example.greenhouse.testing.GreenhouseJar.JAR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import flowcdk.testing.Captured;
import flowcdk.testing.ConnectorJar;
import flowcdk.testing.OpenRequest;
import flowcdk.testing.StrategyLog;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the end-to-end tests do with the connector's jar against a {@link FakeHarvest}: configs,
 * discovery, and protocol sessions run until every binding is at rest. Keeps every run's stderr,
 * for the tests' check that no secret shows.
 */
public final class GreenhouseRuns {

  /** How long a session may take to reach its documents: only keeps a broken build from hanging. */
  public static final Duration WAIT = Duration.ofMinutes(3);

  private final FakeHarvest fake;
  private final Path dir;
  private final List<String> stderr = new ArrayList<>();

  /** Runs against {@code fake}, keeping their config files in {@code dir}. */
  public GreenhouseRuns(FakeHarvest fake, Path dir) {
    this.fake = fake;
    this.dir = dir;
  }

  /**
   * The connector's environment: the fake's addresses, and a JSON log at debug level, which {@link
   * StrategyLog} reads (and in which no secret may show, even there).
   */
  public Map<String, String> environment() {
    return Map.of(
        "GREENHOUSE_API_URL",
        fake.apiUrl(),
        "GREENHOUSE_TOKEN_URL",
        fake.tokenUrl(),
        "LOG_LEVEL",
        "debug",
        "LOG_FORMAT",
        "json");
  }

  /** A config with the fake's client id and {@code secret}, and no start date. */
  public String config(String secret) {
    return new JsonObject()
        .put(
            "credentials",
            new JsonObject()
                .put("credentials_title", "Client Credentials")
                .put("client_id", FakeHarvest.CLIENT_ID)
                .put("client_secret", secret))
        .encode();
  }

  /** {@link #config(String)} in a file. */
  public Path configFile(String secret) throws Exception {
    return Files.writeString(dir.resolve("config-" + secret.hashCode() + ".json"), config(secret));
  }

  /** Runs the jar's command line with {@code args}, until it exits. */
  public ConnectorJar.Run command(String... args) throws Exception {
    ConnectorJar.Run run = JAR.start(environment(), args).awaitExit(WAIT);
    stderr.add(run.err());
    return run;
  }

  /** The {@code discover --json} output line for the fake's credentials, asserting success. */
  public String discovered() throws Exception {
    ConnectorJar.Run run =
        command("discover", "--config", configFile(FakeHarvest.CLIENT_SECRET).toString(), "--json");
    assertEquals(0, run.status(), run.err());
    return run.out().get(0);
  }

  /**
   * Starts a protocol session, as Flow runs one: Open with every discovered binding, each at an
   * interval of one second, and {@code state}.
   */
  public ConnectorJar.Session start(String discovered, String state) throws Exception {
    ConnectorJar.Session session = JAR.start(environment());
    session.send(OpenRequest.of(discovered, config(FakeHarvest.CLIENT_SECRET), "PT1S", state));
    return session;
  }

  /**
   * One protocol session from {@code state}: once {@code documents} documents are out, waits until
   * every binding has no backfill running and has finished two more rounds (so a whole round began
   * after them, and anything extra shows in the counts), then stops it gracefully and asserts it
   * exited with 0.
   */
  public ConnectorJar.Run session(String discovered, String state, long documents)
      throws Exception {
    ConnectorJar.Session session = start(discovered, state);
    StrategyLog.awaitAtRest(session, documents, names(discovered), WAIT);
    StrategyLog mark = new StrategyLog(session.err());
    List<String> names = names(discovered);
    session.await(
        (out, err) -> new StrategyLog(err).atRest(names, mark, 2),
        WAIT,
        "two more rounds of every binding after " + documents + " documents");
    ConnectorJar.Run run = session.terminate();
    stderr.add(run.err());
    assertEquals(0, run.status(), run.err());
    return run;
  }

  /** Kills {@code session} at once, as a crash would, and keeps its stderr. */
  public ConnectorJar.Run kill(ConnectorJar.Session session) throws Exception {
    ConnectorJar.Run run = session.kill();
    stderr.add(run.err());
    return run;
  }

  /** The stderr of every run so far. */
  public List<String> stderr() {
    return List.copyOf(stderr);
  }

  /**
   * The discovered bindings' names, in discovery order: binding {@code i} of a session is {@code
   * names(discovered).get(i)}, and its state key is its name.
   */
  public static List<String> names(String discovered) {
    List<String> names = new ArrayList<>();
    for (JsonNode binding : Captured.parse(discovered).get("discovered").get("bindings")) {
      names.add(binding.get("recommendedName").asText());
    }
    return names;
  }
}
