package flowcdk.example.testing;

import flowcdk.example.SqlCapture;
import flowcdk.example.SqlCapture_Dispatch;
import flowcdk.testing.InProcess;
import java.util.stream.Collectors;

/**
 * Validate and Open requests of one binding of the example connector, served in-process (the test
 * kit's {@code InProcess}): for tests of resource-config checks, which need no jar and no server
 * beyond an embedded database.
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
    InProcess.Run run = InProcess.serve(new SqlCapture_Dispatch(new SqlCapture()), request);
    return new Run(
        run.status(),
        run.out().stream().map(line -> line + "\n").collect(Collectors.joining()),
        run.log());
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
