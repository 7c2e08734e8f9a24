package flowcdk.example.testing;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import flowcdk.example.SqlCapture;
import flowcdk.example.SqlCapture_Dispatch;
import flowcdk.runtime.RuntimeOptions;
import flowcdk.runtime.launch.ConnectorRuntime;
import flowcdk.runtime.log.Level;
import flowcdk.runtime.log.LogFormat;
import flowcdk.runtime.log.LogWriter;
import flowcdk.runtime.log.Logging;
import flowcdk.runtime.log.Redactor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Validate and Open requests of one binding of the example connector, served in-process: for tests
 * of resource-config checks, which need no jar and no server beyond an embedded database.
 */
public final class InProcessRequests {

  /** What one protocol session printed on stdout and logged (text), and its exit status. */
  public record Run(int status, String out, String log) {}

  private final String config;
  private final String field;

  /**
   * Requests with endpoint config {@code config} whose binding's resource config sets {@code field}
   * (e.g. {@code interval}) besides schema, table and cursor.
   */
  public InProcessRequests(String config, String field) {
    this.config = config;
    this.field = field;
  }

  /** Serves {@code request} (one line) with the example connector, capturing its log. */
  public static Run serve(String request) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    LogWriter previous =
        Logging.install(new LogWriter(log, LogFormat.TEXT, Level.INFO, new Redactor()));
    int status;
    try {
      status =
          assertTimeoutPreemptively(
              Duration.ofMinutes(1),
              () ->
                  ConnectorRuntime.run(
                      new SqlCapture_Dispatch(new SqlCapture()),
                      RuntimeOptions.defaults(),
                      new ByteArrayInputStream((request + "\n").getBytes(StandardCharsets.UTF_8)),
                      out));
    } finally {
      Logging.install(previous);
    }
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), log.toString(StandardCharsets.UTF_8));
  }

  /** A Validate request of table {@code public.<table>}; an empty {@code cursor} sets none. */
  public String validate(String table, String cursor, String value) {
    return "{\"validate\":{\"name\":\"acme/capture\",\"connectorType\":\"IMAGE\",\"config\":"
        + config
        + ",\"bindings\":[{\"resourceConfig\":"
        + resourceConfig(table, cursor, value)
        + ","
        + collection(table)
        + "}]}}";
  }

  /** An Open request of table {@code public.<table>} with an empty state. */
  public String open(String table, String cursor, String value) {
    return "{\"open\":{\"capture\":{\"name\":\"acme/capture\",\"connectorType\":\"IMAGE\","
        + "\"config\":"
        + config
        + ",\"bindings\":[{\"resourceConfig\":"
        + resourceConfig(table, cursor, value)
        + ",\"resourcePath\":[\"public\",\""
        + table
        + "\"],\"stateKey\":\"public."
        + table
        + "\","
        + collection(table)
        + "}]},\"state\":{}}}";
  }

  private String resourceConfig(String table, String cursor, String value) {
    return "{\"schema\":\"public\",\"table\":\""
        + table
        + "\""
        + (cursor.isEmpty() ? "" : ",\"cursor\":\"" + cursor + "\"")
        + ",\""
        + field
        + "\":\""
        + value
        + "\"}";
  }

  private static String collection(String table) {
    return "\"collection\":{\"name\":\"acme/"
        + table
        + "\",\"key\":[\"/_meta/row_id\"],\"writeSchema\":{}}";
  }
}
