package flowcdk.example;

import flowcdk.annotations.Capture;
import flowcdk.connector.Blocking;
import flowcdk.connector.CaptureConnector;
import flowcdk.connector.ResourceSpec;
import flowcdk.connector.ValidationException;
import flowcdk.example.api.Database;
import flowcdk.example.models.SqlConfig;
import flowcdk.example.models.TableConfig;
import flowcdk.example.resources.TableResources;
import io.vertx.core.Future;
import java.sql.SQLException;
import java.util.List;

/**
 * Captures the tables of a SQL database over JDBC: PostgreSQL, or an embedded H2 database (the
 * zero-setup demo, {@code example-connector/sql/demo/config.json}). Every table is a resource
 * ({@link TableResources}); all JDBC work runs on worker threads through a small connection pool.
 *
 * <p>The processor generates {@code SqlCapture_Main} (the jar's entry point), {@code
 * SqlCapture_Dispatch} and {@code SqlCapture_Resources} from this class.
 */
@Capture(
    docsUrl = "https://github.com/estuary/connectors",
    config = SqlConfig.class,
    resourceConfig = TableConfig.class,
    resourcePath = {"/schema", "/table"})
public final class SqlCapture implements CaptureConnector<SqlConfig> {

  private Database database;

  @Override
  public Future<Void> check(SqlConfig config) {
    Database db;
    try {
      db = database(config);
    } catch (Database.ConfigException e) {
      return Future.failedFuture(new ValidationException(e.problems()));
    }
    return Blocking.call(db::problems)
        .compose(
            problems ->
                problems.isEmpty()
                    ? Future.succeededFuture()
                    : Future.failedFuture(new ValidationException(problems)));
  }

  @Override
  public Future<List<ResourceSpec>> resources(SqlConfig config) {
    Database db;
    try {
      db = database(config);
    } catch (Database.ConfigException e) {
      return Future.failedFuture(new ValidationException(e.problems()));
    }
    return Blocking.call(
        () -> {
          try {
            return TableResources.of(db.tables(), db);
          } catch (SQLException e) {
            throw new ValidationException(db.describe(e));
          }
        });
  }

  /** The database of {@code config}: one pool per process, replaced if the config changes. */
  private synchronized Database database(SqlConfig config) {
    if (database == null || !database.config().equals(config)) {
      if (database != null) {
        database.close();
      }
      database = Database.of(config);
    }
    return database;
  }
}
