package flowcdk.example.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests, from the Debian packages ({@code
 * /usr/lib/postgresql/<v>/bin}; installed with apt-get if missing and the JVM is root).
 *
 * <p>The server is a fresh cluster in a temporary directory under {@code java.io.tmpdir}: a
 * superuser {@link #user()} with a random {@link #password()}, password (scram-sha-256) auth for
 * TCP, listening on 127.0.0.1 only on a free port, durability off for speed ({@code fsync}, {@code
 * full_page_writes}, {@code synchronous_commit}). As root it runs as the {@code postgres} system
 * user (through {@code runuser}), since PostgreSQL refuses to run as root.
 *
 * <p>The postmaster runs under a small {@code sh} supervisor whose stdin is a pipe from this JVM:
 * when the JVM exits in any way, even killed, the pipe closes and the supervisor shuts PostgreSQL
 * down (fast shutdown, SIGINT), so no server outlives the test run. {@link #stop()} does the same
 * on purpose, waits for the exit and deletes the directory.
 *
 * <p>Tests normally use {@link #shared()} (one server per JVM), through {@link PostgresExtension}.
 */
public final class PostgresServer implements AutoCloseable {

  private static final String USER = "flowcdk";
  private static final String READER = "flowcdk_reader";
  private static final String HOST = "127.0.0.1";
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
  private static final int PORT_ATTEMPTS = 3;
  private static final String DIRECTORY_PREFIX = "flowcdk-pg-";
  private static final String JVM_PID = "jvm.pid";

  /**
   * Runs the postmaster in the background with its output in the log, then waits for EOF on the
   * supervisor's stdin (fd 3, since a background list's stdin is /dev/null) and sends it SIGINT.
   * Exits when the postmaster does, with its status. Arguments: postgres binary, log, postgres
   * args.
   */
  private static final String SUPERVISOR =
      """
      postgres=$1; log=$2; shift 2
      exec 3<&0
      "$postgres" "$@" >>"$log" 2>&1 </dev/null &
      pg=$!
      { cat >/dev/null; kill -INT "$pg" 2>/dev/null; } <&3 &
      exec 3<&-
      wait "$pg"\
      """;

  private static PostgresServer shared;

  private final Path bin;
  private final Path directory;
  private final String password;
  private final String readerPassword = randomPassword();
  private boolean readerCreated;
  private int port;
  private Process supervisor;
  private boolean stopped;

  private PostgresServer(Path bin, Path directory, String password) {
    this.bin = bin;
    this.directory = directory;
    this.password = password;
  }

  /**
   * The server shared by every test of this JVM, started on first use and stopped by {@link
   * #stop()} (which {@link PostgresExtension} calls after the last test) or else by a shutdown
   * hook. Called after a stop, it starts a new one.
   */
  public static synchronized PostgresServer shared() {
    if (shared == null || shared.stopped) {
      PostgresServer server = start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "postgres-server-stop"));
      shared = server;
    }
    return shared;
  }

  /**
   * Starts a new server of its own; the caller must {@link #stop()} it (a JVM exit stops it too).
   *
   * @throws IllegalStateException if PostgreSQL is missing or does not start; the message says why,
   *     with the end of the server's log
   */
  public static PostgresServer start() {
    Path bin = PostgresInstall.binDirectory();
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    sweepLeftovers(tmp);
    Path directory;
    try {
      directory = Files.createTempDirectory(tmp, DIRECTORY_PREFIX);
      Files.writeString(directory.resolve(JVM_PID), Long.toString(ProcessHandle.current().pid()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the server's temporary directory", e);
    }
    PostgresServer server = new PostgresServer(bin, directory, randomPassword());
    try {
      server.initdb();
      server.launch();
      return server;
    } catch (RuntimeException | Error e) {
      server.stop();
      throw e;
    }
  }

  /** The host to connect to: always {@code 127.0.0.1}. */
  public String host() {
    return HOST;
  }

  /** The TCP port the server listens on. */
  public int port() {
    return port;
  }

  /** The superuser's name. */
  public String user() {
    return USER;
  }

  /** The superuser's password (random per server). */
  public String password() {
    return password;
  }

  /**
   * A role that may only read: {@code LOGIN}, no other attribute, and in each database made by
   * {@link #createDatabase} {@code CONNECT}, {@code USAGE} on its schemas and {@code SELECT} on its
   * tables (by default privileges, so also on schemas and tables the superuser creates later).
   * Connectors under test connect as this role, as a least-privilege deployment would.
   */
  public String readerUser() {
    return READER;
  }

  /** The password of {@link #readerUser()} (random per server). */
  public String readerPassword() {
    return readerPassword;
  }

  /** A new connection to {@code database} as {@link #readerUser()}; the caller closes it. */
  public Connection connectAsReader(String database) throws SQLException {
    return connect(database, READER, readerPassword);
  }

  /**
   * The JDBC URL of a database of this server, e.g. {@code jdbc:postgresql://127.0.0.1:5432/db}.
   */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://" + HOST + ":" + port + "/" + database;
  }

  /** A new connection to {@code database} as the superuser; the caller closes it. */
  public Connection connect(String database) throws SQLException {
    return connect(database, USER, password);
  }

  private Connection connect(String database, String user, String password) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    properties.setProperty("connectTimeout", "5");
    properties.setProperty("loginTimeout", "10");
    return DriverManager.getConnection(jdbcUrl(database), properties);
  }

  /** Runs {@code statements} in order on {@code database} as the superuser. */
  public void execute(String database, String... statements) throws SQLException {
    try (Connection connection = connect(database);
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  /**
   * Creates an empty database named {@code name}, dropping one of that name first (with its
   * connections), so that each test can have a fresh one.
   *
   * @param name a plain SQL identifier: letters, digits and underscores, not starting with a digit
   */
  public void createDatabase(String name) {
    if (!name.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("not a plain database name: " + name);
    }
    try (Connection connection = connect("postgres");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
      statement.execute("CREATE DATABASE \"" + name + "\"");
      createReader(statement);
      statement.execute("REVOKE ALL ON DATABASE \"" + name + "\" FROM PUBLIC");
      statement.execute("GRANT CONNECT ON DATABASE \"" + name + "\" TO " + READER);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
    }
    try (Connection connection = connect(name);
        Statement statement = connection.createStatement()) {
      // Only what reading needs: no CREATE on public (PostgreSQL before 15 grants it to PUBLIC).
      statement.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC");
      statement.execute("GRANT USAGE ON SCHEMA public TO " + READER);
      statement.execute(
          "ALTER DEFAULT PRIVILEGES FOR ROLE " + USER + " GRANT USAGE ON SCHEMAS TO " + READER);
      statement.execute(
          "ALTER DEFAULT PRIVILEGES FOR ROLE " + USER + " GRANT SELECT ON TABLES TO " + READER);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot grant " + READER + " reading database " + name + ": " + e.getMessage(), e);
    }
  }

  /** Creates {@link #readerUser()} once per server. */
  private synchronized void createReader(Statement statement) throws SQLException {
    if (!readerCreated) {
      statement.execute(
          "CREATE ROLE " + READER + " LOGIN PASSWORD '" + readerPassword + "'"); // hex: no quotes
      readerCreated = true;
    }
  }

  /**
   * Stops the server (fast shutdown: open transactions roll back), waits for it to exit and deletes
   * its directory. Does nothing if it is already stopped.
   */
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    if (supervisor != null) {
      shutDown();
      PostgresInstall.log("PostgreSQL on " + HOST + ":" + port + " stopped");
    }
    deleteTree(directory);
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  /** Whether {@link #stop()} has run. */
  public synchronized boolean isStopped() {
    return stopped;
  }

  /**
   * Freezes the server: SIGSTOP to the postmaster and every backend, as a hung host would look to a
   * client (connections stay open, nothing answers). {@link #thaw()} resumes it.
   */
  public void freeze() {
    signalServerProcesses("STOP");
  }

  /** Resumes a server {@link #freeze() frozen} before (SIGCONT). */
  public void thaw() {
    signalServerProcesses("CONT");
  }

  private void signalServerProcesses(String signal) {
    String pid = postmasterPid();
    if (pid == null) {
      throw new IllegalStateException("the server is not running: no postmaster.pid");
    }
    ProcessHandle postmaster =
        ProcessHandle.of(Long.parseLong(pid))
            .orElseThrow(() -> new IllegalStateException("postmaster " + pid + " is gone"));
    List<String> command = new ArrayList<>(List.of("kill", "-" + signal, pid));
    postmaster.descendants().forEach(p -> command.add(Long.toString(p.pid())));
    try {
      Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (kill.waitFor() != 0) {
        throw new IllegalStateException("kill -" + signal + " failed: " + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The last lines of the server's log, for error messages. */
  public String logTail() {
    Path log = directory.resolve("postgres.log");
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log at " + log + ": " + e.getMessage() + ")";
    }
  }

  private void initdb() {
    Path passwordFile = directory.resolve("password");
    try {
      Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (Commands.isRoot()) {
      handToServerUser();
    }
    Commands.run(
        Commands.asServerUser(
            List.of(
                bin.resolve("initdb").toString(),
                "-D",
                directory.resolve("data").toString(),
                "-U",
                USER,
                "--pwfile=" + passwordFile,
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync")),
        directory,
        Duration.ofMinutes(2));
    try {
      Files.delete(passwordFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As root: makes the directory the postgres user's, after checking that user can reach it. */
  private void handToServerUser() {
    try {
      Commands.run(List.of("id", "-u", Commands.SERVER_USER), null, Duration.ofSeconds(10));
    } catch (IllegalStateException e) {
      throw new IllegalStateException(
          "Running as root, the tests run PostgreSQL as the system user `"
              + Commands.SERVER_USER
              + "`, which does not exist; the Debian package postgresql creates it.",
          e);
    }
    for (Path parent = directory.getParent(); parent != null; parent = parent.getParent()) {
      try {
        if (!Files.getPosixFilePermissions(parent).contains(PosixFilePermission.OTHERS_EXECUTE)) {
          throw new IllegalStateException(
              "Running as root, PostgreSQL runs as `"
                  + Commands.SERVER_USER
                  + "`, which cannot enter "
                  + parent
                  + " (no o+x) to reach "
                  + directory
                  + "; run the tests with -Djava.io.tmpdir=/tmp or chmod o+x "
                  + parent);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Commands.run(
        List.of("chown", "-R", Commands.SERVER_USER + ":", directory.toString()),
        null,
        Duration.ofSeconds(30));
  }

  private void launch() {
    for (int attempt = 1; ; attempt++) {
      port = freePort();
      List<String> command =
          new ArrayList<>(
              List.of(
                  "sh",
                  "-c",
                  SUPERVISOR,
                  "sh",
                  bin.resolve("postgres").toString(),
                  directory.resolve("postgres.log").toString(),
                  "-D",
                  directory.resolve("data").toString()));
      for (String setting : settings()) {
        command.add("-c");
        command.add(setting);
      }
      try {
        supervisor =
            new ProcessBuilder(Commands.asServerUser(command))
                .directory(directory.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start PostgreSQL", e);
      }
      if (awaitReady()) {
        PostgresInstall.log(
            "PostgreSQL "
                + bin.getParent().getFileName()
                + " ready on "
                + HOST
                + ":"
                + port
                + (Commands.isRoot() ? " (as user " + Commands.SERVER_USER + ")" : "")
                + ", data in "
                + directory);
        return;
      }
      String log = logTail();
      boolean portTaken =
          log.contains("could not bind") || log.contains("could not create any TCP/IP sockets");
      if (!portTaken || attempt == PORT_ATTEMPTS) {
        throw new IllegalStateException(
            "PostgreSQL did not start on "
                + HOST
                + ":"
                + port
                + " within "
                + READY_TIMEOUT.toSeconds()
                + " s. End of its log ("
                + directory.resolve("postgres.log")
                + "):\n"
                + log);
      }
      shutDown();
    }
  }

  private List<String> settings() {
    List<String> settings =
        new ArrayList<>(
            List.of(
                "listen_addresses=" + HOST,
                "port=" + port,
                "max_connections=200",
                "fsync=off",
                "full_page_writes=off",
                "synchronous_commit=off"));
    // A unix socket path is limited to ~107 bytes; with a long tmpdir, TCP alone will do.
    boolean fits = directory.toString().length() + "/.s.PGSQL.65535".length() < 100;
    settings.add("unix_socket_directories=" + (fits ? directory.toString() : ""));
    return settings;
  }

  /** Polls with JDBC until a login works (true), the server exits or the time is up (false). */
  private boolean awaitReady() {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      try (Connection connection = connect("postgres")) {
        return connection.isValid(5);
      } catch (SQLException e) {
        if (!supervisor.isAlive()) {
          return false;
        }
        sleep(100);
      }
    }
    return false;
  }

  /**
   * Closes the supervisor's stdin (fast shutdown), waits; then SIGQUIT (immediate), then SIGKILL.
   */
  private void shutDown() {
    try {
      supervisor.getOutputStream().close();
    } catch (IOException e) {
      // Already closed: the supervisor is going away anyway.
    }
    if (!waitFor(supervisor, STOP_TIMEOUT)) {
      String pid = postmasterPid();
      PostgresInstall.log(
          "PostgreSQL did not stop within " + STOP_TIMEOUT.toSeconds() + " s; SIGQUIT to " + pid);
      if (pid != null) {
        try {
          Commands.run(List.of("kill", "-QUIT", pid), null, Duration.ofSeconds(10));
        } catch (IllegalStateException e) {
          PostgresInstall.log(e.getMessage());
        }
      }
      if (!waitFor(supervisor, Duration.ofSeconds(10))) {
        supervisor.descendants().forEach(ProcessHandle::destroyForcibly);
        supervisor.destroyForcibly();
        waitFor(supervisor, Duration.ofSeconds(10));
      }
    }
  }

  private String postmasterPid() {
    try {
      List<String> lines = Files.readAllLines(directory.resolve("data").resolve("postmaster.pid"));
      return lines.isEmpty() ? null : lines.get(0).strip();
    } catch (IOException e) {
      return null;
    }
  }

  private static void deleteTree(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | UncheckedIOException e) {
      PostgresInstall.log("could not delete " + directory + ": " + e.getMessage());
    }
  }

  /**
   * Deletes the directories of servers whose JVM was killed (SIGKILL runs no shutdown hook; the
   * supervisor still stopped their PostgreSQL): those whose JVM and postmaster are both gone.
   */
  private static void sweepLeftovers(Path tmp) {
    try (Stream<Path> dirs = Files.list(tmp)) {
      dirs.filter(dir -> dir.getFileName().toString().startsWith(DIRECTORY_PREFIX))
          .filter(
              dir ->
                  !alive(dir.resolve(JVM_PID))
                      && !alive(dir.resolve("data").resolve("postmaster.pid")))
          .filter(dir -> Files.exists(dir.resolve(JVM_PID)))
          .forEach(PostgresServer::deleteTree);
    } catch (IOException | UncheckedIOException e) {
      PostgresInstall.log("could not look for leftover servers in " + tmp + ": " + e.getMessage());
    }
  }

  /**
   * Whether the process whose pid is the first line of {@code pidFile} runs; false if there is no
   * such file.
   */
  private static boolean alive(Path pidFile) {
    try {
      List<String> lines = Files.readAllLines(pidFile);
      return !lines.isEmpty() && ProcessHandle.of(Long.parseLong(lines.get(0).strip())).isPresent();
    } catch (IOException | NumberFormatException | UncheckedIOException e) {
      return false;
    }
  }

  @SuppressWarnings("AddressSelection") // HOST is an IP literal: there is no name to resolve
  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot find a free port", e);
    }
  }

  private static String randomPassword() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static boolean waitFor(Process process, Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for PostgreSQL", e);
    }
  }
}
