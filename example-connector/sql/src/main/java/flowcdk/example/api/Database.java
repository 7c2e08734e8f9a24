package flowcdk.example.api;

import flowcdk.example.models.SqlConfig;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
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

  /**
   * The share of the heap, in percent, a query's result may occupy in the PostgreSQL driver at once
   * ({@code maxResultBuffer}): a row larger than that cannot be captured with this much memory.
   */
  public static final int READ_BUFFER_PERCENT = 15;

  /** How long connecting may take when the config does not say (its {@code connect_timeout}). */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);

  /** How long a query may stay unanswered when the config does not say ({@code query_timeout}). */
  public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofMinutes(10);

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
      // A frozen or unreachable server becomes an error instead of a hang: connect and login are
      // bounded by connect_timeout, and every read of a query's answer by query_timeout.
      String connect = Long.toString(connectTimeout(config).toSeconds());
      properties.setProperty("connectTimeout", connect);
      properties.setProperty("loginTimeout", connect);
      properties.setProperty("cancelSignalTimeout", connect); // Statement.cancel opens a connection
      properties.setProperty("socketTimeout", Long.toString(queryTimeout(config).toSeconds()));
      properties.setProperty("tcpKeepAlive", "true");
      // Reads are memory-bounded: the driver holds at most READ_BUFFER of a result at once (a
      // larger row fails the read with an error instead of exhausting the heap), reading one row
      // first and then as many as fit, as it sees the rows' sizes.
      properties.setProperty("maxResultBuffer", READ_BUFFER_PERCENT + "percent");
      properties.setProperty("adaptiveFetch", "true");
      properties.setProperty("defaultRowFetchSize", "1");
      properties.setProperty("adaptiveFetchMaximum", "10000");
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
    problems.addAll(
        durationProblem(
            "connect_timeout",
            config.connectTimeout(),
            Duration.ofSeconds(1),
            Duration.ofMinutes(10)));
    problems.addAll(
        durationProblem(
            "query_timeout", config.queryTimeout(), Duration.ofSeconds(5), Duration.ofDays(1)));
    if (config.backfillChunks() < 1 || config.backfillChunks() > TableChunks.MAX_CHUNKS) {
      problems.add(
          "backfill_chunks must be from 1 to "
              + TableChunks.MAX_CHUNKS
              + ", but is "
              + config.backfillChunks()
              + "; 1 backfills each table in one piece");
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

  /** The config's connect timeout, or its default when the config gives none. */
  static Duration connectTimeout(SqlConfig config) {
    return config.connectTimeout() == null ? DEFAULT_CONNECT_TIMEOUT : config.connectTimeout();
  }

  /** The config's query timeout, or its default when the config gives none. */
  static Duration queryTimeout(SqlConfig config) {
    return config.queryTimeout() == null ? DEFAULT_QUERY_TIMEOUT : config.queryTimeout();
  }

  private static List<String> durationProblem(
      String field, Duration value, Duration min, Duration max) {
    if (value == null || (value.compareTo(min) >= 0 && value.compareTo(max) <= 0)) {
      return List.of();
    }
    return List.of(field + " must be from " + min + " to " + max + ", but is " + value);
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
    if (e.getMessage() != null && e.getMessage().contains("maxResultBuffer")) {
      return "a row is larger than the "
          + ((Runtime.getRuntime().maxMemory() * READ_BUFFER_PERCENT / 100) >> 20)
          + " MiB ("
          + READ_BUFFER_PERCENT
          + "% of the heap) the connector may hold of a query's result at once; give the"
          + " connector more memory (a larger container memory limit or -Xmx)";
    }
    if (state.equals("28P01") || state.equals("28000")) {
      return "authentication failed connecting to "
          + where
          + " as user "
          + config.user()
          + ": check user and password ("
          + e.getMessage()
          + ")";
    }
    if (state.equals("42501")) {
      return "user "
          + config.user()
          + " lacks a privilege on "
          + where
          + ": "
          + e.getMessage()
          + "; grant it SELECT on the captured tables and USAGE on their schemas (GRANT SELECT ON"
          + " ALL TABLES IN SCHEMA <schema> TO <user>)";
    }
    if (state.equals("42P01") || state.equals("42703") || state.equals("3F000")) {
      return e.getMessage()
          + " on "
          + where
          + ": the table, column or schema was dropped or renamed since discovery; run discovery"
          + " again and update the capture's bindings (or recreate it)";
    }
    if (state.startsWith("57P")) {
      return where
          + " ended the connection ("
          + e.getMessage()
          + "): the server is shutting down or restarting, or an administrator ended the session;"
          + " the capture restarts and resumes from its last checkpoint once the server is back";
    }
    if (state.equals("57014")) {
      return "a query on "
          + where
          + " was cancelled ("
          + e.getMessage()
          + "): by an administrator, a statement_timeout, or the capture stopping; the capture"
          + " restarts and resumes from its last checkpoint";
    }
    if (state.equals("3D000")) {
      return "database "
          + config.database()
          + " does not exist on "
          + server
          + ": check the database name";
    }
    Throwable cause = e.getCause();
    if (cause instanceof SocketTimeoutException) {
      return where
          + " did not answer for "
          + queryTimeout(config).toSeconds()
          + " s (query_timeout): is the server frozen, overloaded or unreachable, or is a table"
          + " locked? The capture restarts and resumes from its last checkpoint; raise query_timeout"
          + " if single queries legitimately run longer";
    }
    if (e.getMessage() != null && e.getMessage().startsWith("Connection attempt timed out")) {
      return where
          + " did not answer within "
          + connectTimeout(config).toSeconds()
          + " s (connect_timeout) while connecting: is the server frozen, overloaded or"
          + " unreachable? The capture restarts and resumes from its last checkpoint";
    }
    if (cause instanceof UnknownHostException) {
      return "cannot reach " + where + ": unknown host " + config.host() + "; check host";
    }
    if (cause instanceof ConnectException
        || state.equals("08001")
        || state.equals("08004")) { // could not establish, or the server refused
      return "cannot reach "
          + where
          + ": "
          + (cause != null ? cause.getMessage() : e.getMessage())
          + "; check host and port, and that the server accepts TCP connections from here";
    }
    if (state.startsWith("08")) {
      return "lost the connection to "
          + where
          + " ("
          + (cause != null ? cause.getMessage() : e.getMessage())
          + "); the capture restarts and resumes from its last checkpoint. If this repeats, check"
          + " the server's health and the network between it and the connector";
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
