package flowcdk.connector.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.connector.CaptureConnector;
import flowcdk.connector.ResourceConfigWithSchedule;
import flowcdk.connector.ResourceConfigWithScheduleJson;
import flowcdk.connector.ResourceSpec;
import flowcdk.runtime.RuntimeOptions;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.launch.ConnectorRuntime;
import io.vertx.core.Future;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared dispatch with resources known only at run time: a connector adds one resource per
 * configured table, with its document schema given as JSON, after the declared ones.
 */
class CaptureDispatchTest {

  private static final RawJson TABLE_SCHEMA =
      RawJson.parse(
          "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"integer\"}},\"required\":[\"id\"]}");

  /** Adds one resource per table. */
  static final class Tables implements CaptureConnector<TablesConfig> {
    @Override
    public Future<List<ResourceSpec>> resources(TablesConfig config) {
      List<ResourceSpec> specs = new ArrayList<>();
      for (String table : config.tables()) {
        specs.add(
            ResourceSpec.builder(table)
                .key("/id")
                .schema(TABLE_SCHEMA)
                .interval(Duration.ofMinutes(5))
                .opener(binding -> Future.succeededFuture())
                .build());
      }
      return Future.succeededFuture(specs);
    }
  }

  /**
   * What the processor would generate, written by hand: one declared resource, and resource configs
   * with a schedule.
   */
  static final class Dispatch extends CaptureDispatch<TablesConfig, ResourceConfigWithSchedule> {
    Dispatch() {
      super(
          new Tables(),
          TablesConfigJson.INSTANCE,
          "TablesConfig",
          ResourceConfigWithScheduleJson.INSTANCE,
          "ResourceConfigWithSchedule");
    }

    @Override
    protected String documentationUrl() {
      return "https://example.com/tables";
    }

    @Override
    protected List<String> resourcePathPointers() {
      return ResourcePaths.STANDARD_POINTERS;
    }

    @Override
    protected List<ResourceSpec> declaredResources() {
      return List.of(
          ResourceSpec.builder("heartbeat")
              .key("/id")
              .schema(TABLE_SCHEMA)
              .opener(binding -> Future.succeededFuture())
              .build());
    }
  }

  private static List<String> run(int status, String request) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(
        status,
        ConnectorRuntime.run(
            new Dispatch(),
            RuntimeOptions.defaults().withSignalHandling(false),
            new ByteArrayInputStream((request + "\n").getBytes(StandardCharsets.UTF_8)),
            out));
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void discoveryListsDeclaredThenRunTimeResources() {
    List<String> out =
        run(
            0,
            "{\"discover\":{\"connectorType\":\"IMAGE\",\"config\":{\"tables\":[\"users\",\"orders\"]}}}");
    String line = out.get(0);
    int heartbeat = line.indexOf("\"recommendedName\":\"heartbeat\"");
    int users = line.indexOf("\"recommendedName\":\"users\"");
    int orders = line.indexOf("\"recommendedName\":\"orders\"");
    assertTrue(heartbeat >= 0 && heartbeat < users && users < orders, line);
    assertTrue(
        line.contains("\"resourceConfig\":{\"name\":\"users\",\"interval\":\"PT5M\"}"), line);
    assertTrue(line.contains("\"resourceConfig\":{\"name\":\"heartbeat\"}"), line);
  }

  @Test
  void validationResolvesRunTimeResources() {
    List<String> out =
        run(
            0,
            "{\"validate\":{\"name\":\"a/b\",\"connectorType\":\"IMAGE\",\"config\":{\"tables\":[\"users\"]},"
                + "\"bindings\":[{\"collection\":{\"name\":\"a/users\",\"key\":[\"/id\"],\"writeSchema\":{}},\"resourceConfig\":{\"name\":\"users\"}}]}}");
    assertEquals(List.of("{\"validated\":{\"bindings\":[{\"resourcePath\":[\"users\"]}]}}"), out);
  }

  /** The stdout lines and the JSON log (INFO and above) of one run. */
  private record Logged(List<String> out, String log) {}

  /** Like {@link #run(int, String)}, also collecting the log. */
  private static Logged logged(int status, String request) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    flowcdk.runtime.log.LogWriter previous =
        flowcdk.runtime.log.Logging.install(
            new flowcdk.runtime.log.LogWriter(
                err,
                flowcdk.runtime.log.LogFormat.JSON,
                flowcdk.runtime.log.Level.INFO,
                new flowcdk.runtime.log.Redactor()));
    try {
      List<String> out = run(status, request);
      return new Logged(out, err.toString(StandardCharsets.UTF_8));
    } finally {
      flowcdk.runtime.log.Logging.install(previous);
    }
  }

  @Test
  void aBadScheduleIsAValidationErrorNamingTheBindingWithoutAStackTrace() {
    Logged run =
        logged(
            1,
            "{\"validate\":{\"name\":\"a/b\",\"connectorType\":\"IMAGE\",\"config\":{\"tables\":[\"users\"]},"
                + "\"bindings\":[{\"collection\":{\"name\":\"a/users\",\"key\":[\"/id\"],\"writeSchema\":{}},"
                + "\"resourceConfig\":{\"name\":\"users\",\"schedule\":\"* * * *\"}}]}}");
    assertEquals(List.of(), run.out());
    String log = run.log();
    assertTrue(
        log.contains(
            "\"msg\":\"binding 0 (users): resource config /schedule: not a cron schedule: \\\"* * * *\\\""),
        log);
    assertTrue(!log.contains("traceback"), log);
  }

  /**
   * Issue 11: a state the CDK cannot read ("wedged") was reported as "internal error:
   * java.lang.IllegalStateException" with a stack trace; it is an expected failure, naming the fix.
   */
  @Test
  void aStateNotInTheCdksShapeIsOneActionableErrorWithoutAStackTrace() {
    Logged run =
        logged(
            1,
            "{\"open\":{\"capture\":{\"name\":\"a/b\",\"connectorType\":\"IMAGE\","
                + "\"config\":{\"tables\":[\"users\"]},\"bindings\":[{\"collection\":"
                + "{\"name\":\"a/users\",\"key\":[\"/id\"],\"writeSchema\":{}},"
                + "\"resourceConfig\":{\"name\":\"users\"},\"resourcePath\":[\"users\"],"
                + "\"stateKey\":\"users\"}]},\"version\":\"v\","
                + "\"state\":{\"bindingStateV1\":{\"users\":{\"inc\":{\"cursor\":true}}}}}}");
    assertEquals(List.of(), run.out());
    String log = run.log();
    assertTrue(log.contains("the connector state Flow sent is not in the CDK's shape"), log);
    assertTrue(log.contains("backfill every binding of the capture to start over"), log);
    assertTrue(!log.contains("internal error") && !log.contains("traceback"), log);
  }

  @Test
  void unknownConfigFieldsAreOneWarningEachAndValidationStillSucceeds() {
    Logged run =
        logged(
            0,
            "{\"validate\":{\"name\":\"a/b\",\"connectorType\":\"IMAGE\","
                + "\"config\":{\"tables\":[\"users\"],\"prot\":5,\"zzz\":true},"
                + "\"bindings\":[{\"collection\":{\"name\":\"a/users\",\"key\":[\"/id\"],\"writeSchema\":{}},\"resourceConfig\":{\"name\":\"users\"}}]}}");
    assertEquals(
        List.of("{\"validated\":{\"bindings\":[{\"resourcePath\":[\"users\"]}]}}"), run.out());
    List<String> warnings =
        run.log().lines().filter(line -> line.contains("\"level\":\"WARNING\"")).toList();
    assertEquals(2, warnings.size(), String.join("\n", warnings));
    assertTrue(
        warnings
            .get(0)
            .contains(
                "\"msg\":\"endpoint config /prot: unknown property, ignored; did you mean \\\"port\\\"?\""),
        warnings.get(0));
    assertTrue(
        warnings.get(1).contains("\"msg\":\"endpoint config /zzz: unknown property, ignored\""),
        warnings.get(1));
  }

  @Test
  void aConfigThatDoesNotDecodeIsAValidationErrorAndWritesNothing() {
    assertEquals(
        List.of(),
        run(1, "{\"discover\":{\"connectorType\":\"IMAGE\",\"config\":{\"port\":\"x\"}}}"));
  }
}
