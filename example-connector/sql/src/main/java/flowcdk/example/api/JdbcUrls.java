package flowcdk.example.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks a config's {@code jdbc_url}: a PostgreSQL or H2 URL whose driver parameters are all on an
 * allow-list. Drivers take parameters that run SQL or load classes when they connect (H2's {@code
 * INIT}, {@code DATABASE_EVENT_LISTENER}, {@code AUTO_SERVER}; PostgreSQL's {@code socketFactory},
 * {@code sslfactory}, {@code sslpasswordcallback}, {@code authenticationPluginClassName}, {@code
 * loggerFile} ...): a config must not be a way to run code, or write files, on the connector's
 * host.
 *
 * <p>Parameters are read as generously as the drivers read them, so none slips past: H2's {@code
 * ;KEY=VALUE} settings (split at every {@code ;}, escaped or not), PostgreSQL's {@code ?k=v&k2=v2}
 * (names URL-decoded too); names are compared ignoring case. Messages name the parameter, never the
 * URL or a value (the URL is secret: it may hold a password).
 */
final class JdbcUrls {

  static final String POSTGRESQL = "jdbc:postgresql:";
  static final String H2 = "jdbc:h2:";

  /** PostgreSQL driver parameters a {@code jdbc_url} may set, by lower-case name. */
  static final Map<String, String> POSTGRESQL_PARAMETERS =
      byLowerCase(
          "ApplicationName",
          "connectTimeout",
          "currentSchema",
          "defaultRowFetchSize",
          "hostRecheckSeconds",
          "loadBalanceHosts",
          "loginTimeout",
          "password",
          "readOnly",
          "socketTimeout",
          "ssl",
          "sslmode",
          "targetServerType",
          "tcpKeepAlive",
          "user");

  /**
   * H2 settings a {@code jdbc_url} may set, by lower-case name; the demo's URL sets {@code
   * DATABASE_TO_LOWER}.
   */
  static final Map<String, String> H2_PARAMETERS =
      byLowerCase(
          "CASE_INSENSITIVE_IDENTIFIERS",
          "DATABASE_TO_LOWER",
          "DATABASE_TO_UPPER",
          "DB_CLOSE_DELAY",
          "DB_CLOSE_ON_EXIT",
          "IFEXISTS",
          "PASSWORD",
          "USER");

  private JdbcUrls() {}

  /** What is wrong with {@code url}, one message per problem; empty if nothing. */
  static List<String> problems(String url) {
    if (url.startsWith(POSTGRESQL)) {
      int query = url.indexOf('?');
      return query < 0
          ? List.of()
          : refused("PostgreSQL", url.substring(query + 1), '&', POSTGRESQL_PARAMETERS, true);
    }
    if (url.startsWith(H2)) {
      int settings = url.indexOf(';');
      return settings < 0
          ? List.of()
          : refused("H2", url.substring(settings + 1), ';', H2_PARAMETERS, false);
    }
    return List.of(
        "jdbc_url must start with "
            + POSTGRESQL
            + " or "
            + H2
            + " (the drivers in this connector)");
  }

  private static List<String> refused(
      String driver,
      String parameters,
      char separator,
      Map<String, String> allowed,
      boolean urlEncoded) {
    List<String> problems = new ArrayList<>();
    int start = 0;
    while (start <= parameters.length()) {
      int end = parameters.indexOf(separator, start);
      if (end < 0) {
        end = parameters.length();
      }
      String parameter = parameters.substring(start, end);
      start = end + 1;
      if (parameter.isBlank()) {
        continue;
      }
      int equals = parameter.indexOf('=');
      String name = (equals < 0 ? parameter : parameter.substring(0, equals)).strip();
      String decoded = name;
      if (urlEncoded) {
        try {
          decoded = URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          decoded = null;
        }
      }
      if (decoded == null || !allowed.containsKey(decoded.toLowerCase(Locale.ROOT))) {
        problems.add(
            "jdbc_url sets the "
                + driver
                + " driver parameter "
                + name
                + ", which is not allowed: some driver parameters run SQL or load classes on the"
                + " connector's host, so only these are accepted (in any case): "
                + String.join(", ", allowed.values())
                + ". Remove "
                + name
                + " from jdbc_url");
      }
    }
    return problems;
  }

  private static Map<String, String> byLowerCase(String... names) {
    Map<String, String> map = new TreeMap<>();
    for (String name : names) {
      map.put(name.toLowerCase(Locale.ROOT), name);
    }
    return map;
  }
}
