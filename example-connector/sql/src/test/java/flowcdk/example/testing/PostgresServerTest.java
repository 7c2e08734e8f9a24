package flowcdk.example.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test PostgreSQL server: it runs, checks passwords, makes empty databases, and stays on
 * 127.0.0.1.
 */
@ExtendWith(PostgresExtension.class)
class PostgresServerTest {

  @Test
  void acceptsTheSuperuserWithItsPassword(PostgresServer postgres) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(
                postgres.jdbcUrl("postgres"), postgres.user(), postgres.password());
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT current_user, version()")) {
      assertTrue(result.next());
      assertEquals(postgres.user(), result.getString(1));
      assertTrue(result.getString(2).startsWith("PostgreSQL "), result.getString(2));
    }
  }

  @Test
  void refusesAWrongPasswordWith28P01(PostgresServer postgres) {
    SQLException e =
        assertThrows(
            SQLException.class,
            () ->
                DriverManager.getConnection(
                        postgres.jdbcUrl("postgres"), postgres.user(), postgres.password() + "x")
                    .close());
    assertEquals("28P01", e.getSQLState(), e.getMessage());
  }

  @Test
  void createDatabaseGivesAnEmptyDatabaseEachTime(PostgresServer postgres) throws SQLException {
    postgres.createDatabase("server_test");
    try (Connection connection = postgres.connect("server_test");
        Statement statement = connection.createStatement()) {
      assertEquals(0, userTables(statement));
      statement.execute("CREATE TABLE leftover (id int PRIMARY KEY)");
      assertEquals(1, userTables(statement));
    }
    postgres.createDatabase("server_test"); // again: dropped and made anew
    try (Connection connection = postgres.connect("server_test");
        Statement statement = connection.createStatement()) {
      assertEquals(0, userTables(statement));
    }
  }

  @Test
  void listensOn127001Only(PostgresServer postgres) throws SQLException {
    assertEquals("127.0.0.1", postgres.host());
    try (Connection connection = postgres.connect("postgres");
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SHOW listen_addresses")) {
      assertTrue(result.next());
      assertEquals("127.0.0.1", result.getString(1));
    }
    for (InetAddress address : otherLocalAddresses()) {
      assertThrows(
          IOException.class,
          () -> {
            try (Socket socket = new Socket()) {
              socket.connect(new InetSocketAddress(address, postgres.port()), 2_000);
            }
          },
          "port " + postgres.port() + " is open on " + address);
    }
  }

  private static int userTables(Statement statement) throws SQLException {
    try (ResultSet result =
        statement.executeQuery(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')")) {
      result.next();
      return result.getInt(1);
    }
  }

  /**
   * 127.0.0.2, ::1 and this machine's non-loopback addresses: none of them may reach the server.
   */
  @SuppressWarnings("AddressSelection") // IP literals, and ::1 exactly: there is no name to resolve
  private static List<InetAddress> otherLocalAddresses() {
    List<InetAddress> addresses = new ArrayList<>();
    try {
      for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress address : Collections.list(nic.getInetAddresses())) {
          if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
            addresses.add(address);
          }
        }
      }
      addresses.add(InetAddress.getByName("127.0.0.2"));
      addresses.add(InetAddress.getByName("::1"));
    } catch (SocketException | UnknownHostException e) {
      throw new IllegalStateException(e);
    }
    return addresses;
  }
}
