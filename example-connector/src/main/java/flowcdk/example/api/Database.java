package flowcdk.example.api;

import flowcdk.example.models.SqlConfig;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The database of an endpoint config: where to connect, a bounded {@link ConnectionPool}, and the
 * checks validation runs. All methods block; call them from worker threads.
 */
public final class Database implements AutoCloseable {

  /**
   * How many connections a capture holds at most: enough for a few tables at once, small for the
   * server.
   */
  public static final int POOL_SIZE = 4;

  private final SqlConfig config;
  private final ConnectionPool pool;
  private volatile Dialect dialect;
  private volatile boolean prepared;

  private Database(SqlConfig config, String url, Properties properties) {
    this.config = config;
    this.pool = new ConnectionPool(url, properties, POOL_SIZE, Duration.ofMinutes(5));
  }

  /**
   * The database of {@code config}, not yet connected.
   *
   * @throws ConfigException listing every problem with the config itself
   */
  public static Database of(SqlConfig config) {
    List<String> problems = configProblems(config);
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    String url =
        config.jdbcUrl() != null
            ? config.jdbcUrl()
            : "jdbc:postgresql://" + config.host() + ":" + config.port() + "/" + config.database();
    Properties properties = new Properties();
    if (config.user() != null) {
      properties.setProperty("user", config.user());
    }
    if (config.password() != null) {
      properties.setProperty("password", config.password());
    }
    if (url.startsWith("jdbc:postgresql:")) {
      properties.setProperty("connectTimeout", "10");
      properties.setProperty("ApplicationName", "flowcdk-example-connector");
    }
    return new Database(config, url, properties);
  }

  /** Problems with the config that need no connection, each naming the field and the fix. */
  static List<String> configProblems(SqlConfig config) {
    List<String> problems = new ArrayList<>();
    if (config.jdbcUrl() == null) {
      List<String> missing = new ArrayList<>();
      for (String[] field :
          new String[][] {
            {"host", config.host()}, {"database", config.database()}, {"user", config.user()}
          }) {
        if (field[1] == null || field[1].isBlank()) {
          missing.add(field[0]);
        }
      }
      if (!missing.isEmpty()) {
        problems.add(
            String.join(", ", missing)
                + (missing.size() == 1 ? " is" : " are")
                + " missing: set host,"
                + " database and user (and password) of the PostgreSQL server, or a jdbc_url");
      }
      if (config.port() < 1 || config.port() > 65535) {
        problems.add("port must be from 1 to 65535, but is " + config.port());
      }
    } else {
      problems.addAll(JdbcUrls.problems(config.jdbcUrl()));
    }
    if (config.pageSize() < 1 || config.pageSize() > 100_000) {
      problems.add("page_size must be from 1 to 100000, but is " + config.pageSize());
    }
    if (config.seedDemoData()
        && (config.jdbcUrl() == null || !config.jdbcUrl().startsWith("jdbc:h2:"))) {
      problems.add(
          "seed_demo_data works only with an embedded H2 database: set jdbc_url to jdbc:h2:<path>, or"
              + " turn seed_demo_data off");
    }
    return problems;
  }

  /** The config this database was made from. */
  public SqlConfig config() {
    return config;
  }

  /** The connection pool. */
  public ConnectionPool pool() {
    return pool;
  }

  /**
   * Connects once, learning the dialect and, with {@code seed_demo_data}, creating the demo tables
   * if they are missing.
   *
   * @throws SQLException with a message for the user (see {@link #describe})
   */
  public synchronized Dialect prepare() throws SQLException {
    if (!prepared) {
      try (ConnectionPool.Lease lease = pool.borrow()) {
        dialect = Dialect.of(lease.connection());
        if (config.seedDemoData()) {
          DemoData.seedIfMissing(lease.connection());
        }
      }
      prepared = true;
    }
    return dialect;
  }

  /**
   * Problems reaching the database with the config: connection, credentials, the database, the
   * schemas. Empty if it is ready to capture.
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    try {
      prepare();
      try (ConnectionPool.Lease lease = pool.borrow()) {
        List<String> existing = Catalog.schemas(lease.connection());
        for (String schema : config.schemasOrEmpty()) {
          if (!existing.contains(schema)) {
            problems.add(
                "schema "
                    + schema
                    + " does not exist in the database; existing schemas: "
                    + String.join(
                        ", ", existing.stream().filter(s -> !Catalog.isSystemSchema(s)).toList())
                    + ". Fix the schemas list");
          }
        }
      }
    } catch (SQLException e) {
      problems.add(describe(e));
    }
    return problems;
  }

  /** The tables of the configured schemas. */
  public List<Table> tables() throws SQLException {
    Dialect dialect = prepare();
    try (ConnectionPool.Lease lease = pool.borrow()) {
      return Catalog.tables(lease.connection(), dialect, config.schemasOrEmpty());
    }
  }

  /**
   * A message for the user about a failure to connect or query, naming the likely fix; never the
   * password or URL.
   */
  public String describe(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String server =
        config.jdbcUrl() != null
            ? "the database of jdbc_url"
            : "PostgreSQL at " + config.host() + ":" + config.port();
    String where = config.jdbcUrl() != null ? server : server + ", database " + config.database();
    if (state.equals("28P01") || state.equals("28000")) {
      return "authentication failed connecting to "
          + where
          + " as user "
          + config.user()
          + ": check user and password ("
          + e.getMessage()
          + ")";
    }
    if (state.equals("3D000")) {
      return "database "
          + config.database()
          + " does not exist on "
          + server
          + ": check the database name";
    }
    Throwable cause = e.getCause();
    if (cause instanceof UnknownHostException) {
      return "cannot reach " + where + ": unknown host " + config.host() + "; check host";
    }
    if (cause instanceof ConnectException || state.startsWith("08")) {
      return "cannot reach "
          + where
          + ": "
          + (cause != null ? cause.getMessage() : e.getMessage())
          + "; check host and port, and that the server accepts TCP connections from here";
    }
    return "cannot use "
        + where
        + ": "
        + e.getMessage()
        + (state.isEmpty() ? "" : " (SQLSTATE " + state + ")");
  }

  /** Closes the pool. */
  @Override
  public void close() {
    pool.close();
  }

  /** The config itself is wrong; nothing was tried. */
  public static final class ConfigException extends IllegalArgumentException {
    private final List<String> problems;

    ConfigException(List<String> problems) {
      super(String.join("; ", problems));
      this.problems = List.copyOf(problems);
    }

    /** Every problem, one message each. */
    public List<String> problems() {
      return problems;
    }
  }
}
