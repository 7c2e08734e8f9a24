package flowcdk.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import flowcdk.example.testing.PostgresExtension;
import flowcdk.example.testing.PostgresRuns;
import flowcdk.testing.Captured;
import flowcdk.testing.ConnectorJar;
import flowcdk.testing.OpenRequest;
import flowcdk.testing.SchemaCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values at the edges of PostgreSQL's types, captured end to end as Flow runs the connector
 * (through the protocol, sessions resuming from the previous one's state): numeric {@code NaN} and
 * {@code ±Infinity}, dates and timestamps outside years 1 to 9999 and {@code ±infinity}, as column
 * values, keys and cursors. Every document is checked against its discovered schema.
 */
@ExtendWith(PostgresExtension.class)
class PostgresValuesIT {

  @TempDir Path dir;

  private PostgresRuns runs;

  private PostgresRuns runs() {
    if (runs == null) {
      runs = new PostgresRuns(dir);
    }
    return runs;
  }

  /** The documents of the binding named {@code name}, by their {@code id} as text. */
  private static Map<String, JsonNode> byId(
      String discovered, Captured captured, String name, String id) {
    List<String> names = new SchemaCheck(discovered).names();
    Map<String, JsonNode> documents = new TreeMap<>();
    for (JsonNode document : captured.documents(names.indexOf(name))) {
      JsonNode previous = documents.put(document.get(id).asText(), document);
      assertEquals(null, previous, "captured once: " + document);
    }
    return documents;
  }

  private static void assertAllValid(String discovered, Captured captured) {
    SchemaCheck schemas = new SchemaCheck(discovered);
    for (int b = 0; b < schemas.names().size(); b++) {
      schemas.assertValid(schemas.names().get(b), captured.documents(b));
    }
  }

  @Test
  void numericNaNAndInfinitiesAreValuesKeysAndCursors() throws Exception {
    String db = runs().database("numeric");
    runs()
        .sql(
            db,
            "CREATE TABLE amounts (id int PRIMARY KEY, amount numeric, amounts numeric[],"
                + " updated_at timestamptz NOT NULL)",
            "INSERT INTO amounts VALUES (1, 'NaN', '{NaN,1.5}', '2024-01-01Z'),"
                + " (2, 'Infinity', '{Infinity,-Infinity}', '2024-01-01Z'),"
                + " (3, '-Infinity', NULL, '2024-01-01Z'), (4, 12.50, '{}', '2024-01-01Z')",
            "CREATE TABLE plain (id int PRIMARY KEY, updated_at timestamptz NOT NULL)",
            "INSERT INTO plain VALUES (1, '2024-01-01Z')",
            // Keys and cursors: PostgreSQL sorts -Infinity < numbers < Infinity < NaN.
            "CREATE TABLE ranked (id numeric PRIMARY KEY, updated_at numeric NOT NULL)",
            "INSERT INTO ranked VALUES ('-Infinity', 1), (1, 1), (2.5, 2), ('Infinity', 2),"
                + " ('NaN', 2)");
    Path config = runs().config(db, 2, "public");
    String discovered = PostgresRuns.discovered(config);

    ConnectorJar.Run first = PostgresRuns.session(discovered, config, "{}", 4 + 1 + 5);
    Captured captured = new Captured(first.out());
    assertAllValid(discovered, captured);
    Map<String, JsonNode> amounts = byId(discovered, captured, "public.amounts", "id");
    assertEquals("\"NaN\"", amounts.get("1").get("amount").toString());
    assertEquals("[\"NaN\",\"1.5\"]", amounts.get("1").get("amounts").toString());
    assertEquals("\"Infinity\"", amounts.get("2").get("amount").toString());
    assertEquals("[\"Infinity\",\"-Infinity\"]", amounts.get("2").get("amounts").toString());
    assertEquals("\"-Infinity\"", amounts.get("3").get("amount").toString());
    assertEquals("\"12.50\"", amounts.get("4").get("amount").toString());
    assertEquals(1, byId(discovered, captured, "public.plain", "id").size());
    assertEquals(
        List.of("-Infinity", "1", "2.5", "Infinity", "NaN"),
        new ArrayList<>(byId(discovered, captured, "public.ranked", "id").keySet())
            .stream().sorted(PostgresValuesIT::numericOrder).toList());

    // New rows after the cursor (2): captured in cursor order, the NaN cursor last.
    String state = OpenRequest.reduce("{}", first.out());
    runs()
        .sql(
            db,
            "INSERT INTO ranked VALUES (12, 'NaN'), (11, 'Infinity'), (10, 3)",
            "UPDATE plain SET updated_at = '2024-02-01Z'");
    ConnectorJar.Run second = PostgresRuns.session(discovered, config, state, 3 + 1);
    Captured changes = new Captured(second.out());
    assertAllValid(discovered, changes);
    List<String> ids =
        changes.documents(new SchemaCheck(discovered).names().indexOf("public.ranked")).stream()
            .map(d -> d.get("id").asText())
            .toList();
    assertEquals(List.of("10", "11", "12"), ids);

    // The cursor is now NaN: the next session resumes from it (binding NaN) and finds nothing.
    state = OpenRequest.reduce(state, second.out());
    ConnectorJar.Run third = PostgresRuns.session(discovered, config, state, 0);
    assertEquals(0, new Captured(third.out()).count(), third.out().toString());
  }

  private static int numericOrder(String a, String b) {
    return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
  }

  @Test
  void rowsWhoseCursorIsTheFirstInstantOfYearOneAreCapturedExactlyOnce() throws Exception {
    String db = runs().database("dawn");
    runs()
        .sql(
            db,
            "CREATE TABLE dawn (id int PRIMARY KEY, updated_at timestamptz NOT NULL)",
            "INSERT INTO dawn SELECT i, '0001-01-01 00:00:00+00' FROM generate_series(1, 3) i",
            "CREATE TABLE later (id int PRIMARY KEY, updated_at timestamptz NOT NULL)");
    Path config = runs().config(db, 2, "public");
    String discovered = PostgresRuns.discovered(config);

    ConnectorJar.Run first = PostgresRuns.session(discovered, config, "{}", 3);
    Captured captured = new Captured(first.out());
    assertAllValid(discovered, captured);
    assertEquals(
        List.of("1", "2", "3"),
        List.copyOf(byId(discovered, captured, "public.dawn", "id").keySet()));
    assertEquals(3, captured.count());

    // A binding created on an empty table starts before every value: year 1 and BC rows too.
    String state = OpenRequest.reduce("{}", first.out());
    runs()
        .sql(
            db,
            "INSERT INTO later VALUES (1, '0001-01-01 00:00:00+00'), (2, '0001-01-01 00:00:00+00'),"
                + " (3, '0010-01-01 00:00:00+00 BC'), (4, '2024-01-01Z')",
            "INSERT INTO dawn VALUES (4, '2024-01-01Z')");
    ConnectorJar.Run second = PostgresRuns.session(discovered, config, state, 5);
    Captured changes = new Captured(second.out());
    assertAllValid(discovered, changes);
    assertEquals(5, changes.count());
    assertEquals(
        List.of("4"), List.copyOf(byId(discovered, changes, "public.dawn", "id").keySet()));
    assertEquals(
        List.of("1", "2", "3", "4"),
        List.copyOf(byId(discovered, changes, "public.later", "id").keySet()));

    state = OpenRequest.reduce(state, second.out());
    ConnectorJar.Run third = PostgresRuns.session(discovered, config, state, 0);
    assertEquals(0, new Captured(third.out()).count(), third.out().toString());
  }

  @Test
  void datesAndTimesOutsideYears1To9999AndInfinitiesAreClampedToValidValues() throws Exception {
    String db = runs().database("times");
    runs()
        .sql(
            db,
            "CREATE TABLE moments (id int PRIMARY KEY, d date, ts timestamp, tstz timestamptz,"
                + " ds date[], tss timestamptz[], local_ts timestamp[], updated_at timestamptz NOT NULL)",
            row(1, "4713-01-01 BC", "4713-01-01 00:00:00 BC", "4713-01-01 00:00:00+00 BC"),
            row(2, "0050-01-01 BC", "0050-06-01 12:00:00 BC", "0050-06-01 12:00:00+00 BC"),
            row(3, "12000-01-01", "12000-01-01 00:00:00", "12000-01-01 00:00:00+00"),
            row(4, "infinity", "infinity", "infinity"),
            row(5, "-infinity", "-infinity", "-infinity"),
            row(6, "2024-05-01", "2024-05-01 12:00:00.5", "2024-05-01 12:00:00+02"),
            row(7, "0001-01-01", "0001-01-01 00:00:00", "0001-01-01 00:00:00+00"),
            row(8, "9999-12-31", "9999-12-31 23:59:59.999999", "9999-12-31 23:59:59.999999+00"),
            "CREATE TABLE loose (d date, tstz timestamptz)",
            "INSERT INTO loose VALUES ('0050-01-01 BC', 'infinity')");
    Path config = runs().config(db, 100, "public");
    String discovered = PostgresRuns.discovered(config);
    ConnectorJar.Run run = PostgresRuns.session(discovered, config, "{}", 8 + 1);
    Captured captured = new Captured(run.out());
    assertAllValid(discovered, captured);
    Map<String, JsonNode> moments = byId(discovered, captured, "public.moments", "id");
    String low = "\"0001-01-01\",\"0001-01-01T00:00:00Z\",\"0001-01-01T00:00:00Z\"";
    String high = "\"9999-12-31\",\"9999-12-31T23:59:59.999999Z\",\"9999-12-31T23:59:59.999999Z\"";
    assertEquals(low, values(moments.get("1")));
    assertEquals(low, values(moments.get("2")));
    assertEquals(high, values(moments.get("3")));
    assertEquals(high, values(moments.get("4")));
    assertEquals(low, values(moments.get("5")));
    assertEquals(
        "\"2024-05-01\",\"2024-05-01T12:00:00.500Z\",\"2024-05-01T10:00:00Z\"",
        values(moments.get("6")));
    assertEquals(low, values(moments.get("7")));
    assertEquals(high, values(moments.get("8")));
    assertEquals("[\"0001-01-01\",\"2024-01-01\"]", moments.get("2").get("ds").toString());
    assertEquals("[\"9999-12-31T23:59:59.999999Z\"]", moments.get("4").get("tss").toString());
    assertEquals("[\"0001-01-01T00:00:00Z\"]", moments.get("5").get("local_ts").toString());
    assertEquals("[\"9999-12-31\",\"2024-01-01\"]", moments.get("3").get("ds").toString());
    JsonNode loose =
        captured.documents(new SchemaCheck(discovered).names().indexOf("public.loose")).get(0);
    assertEquals("\"0001-01-01\"", loose.get("d").toString());
    assertEquals("\"9999-12-31T23:59:59.999999Z\"", loose.get("tstz").toString());
  }

  private static String row(int id, String date, String timestamp, String timestamptz) {
    return "INSERT INTO moments VALUES ("
        + id
        + ", '"
        + date
        + "', '"
        + timestamp
        + "', '"
        + timestamptz
        + "', ARRAY['"
        + date
        + "'::date, '2024-01-01'::date], ARRAY['"
        + timestamptz
        + "'::timestamptz], ARRAY['"
        + timestamp
        + "'::timestamp], '2024-01-01Z')";
  }

  private static String values(JsonNode document) {
    return document.get("d") + "," + document.get("ts") + "," + document.get("tstz");
  }

  @Test
  void cursorsBeforeYear1AfterYear9999AndAtInfinityResumeInTheNextSession() throws Exception {
    String db = runs().database("edges");
    List<String> statements = new ArrayList<>();
    String[][] kinds = {
      {"bc", "0050-01-01 BC", "0049-01-01 BC"},
      {"far", "12000-01-01", "12001-01-01"},
      {"inf", "infinity", "infinity"}
    };
    String[][] types = {{"tz", "timestamptz"}, {"ts", "timestamp"}, {"d", "date"}};
    for (String[] kind : kinds) {
      for (String[] type : types) {
        String table = kind[0] + "_" + type[0];
        statements.add(
            "CREATE TABLE " + table + " (id int PRIMARY KEY, updated_at " + type[1] + " NOT NULL)");
        statements.add("INSERT INTO " + table + " VALUES (1, '" + kind[1] + "')");
      }
    }
    runs().sql(db, statements.toArray(String[]::new));
    Path config = runs().config(db, 10, "public");
    String discovered = PostgresRuns.discovered(config);

    ConnectorJar.Run first = PostgresRuns.session(discovered, config, "{}", 9);
    Captured captured = new Captured(first.out());
    assertAllValid(discovered, captured);
    assertEquals(9, captured.count());

    String state = OpenRequest.reduce("{}", first.out());
    statements.clear();
    for (String[] kind : kinds) {
      for (String[] type : types) {
        statements.add("INSERT INTO " + kind[0] + "_" + type[0] + " VALUES (2, '" + kind[2] + "')");
      }
    }
    runs().sql(db, statements.toArray(String[]::new));
    // The rows after bc and far cursors; nothing is after infinity (a row at infinity is not).
    ConnectorJar.Run second = PostgresRuns.session(discovered, config, state, 6);
    Captured changes = new Captured(second.out());
    assertAllValid(discovered, changes);
    assertEquals(6, changes.count(), second.out().toString());
    for (String[] kind : kinds) {
      for (String[] type : types) {
        String name = "public." + kind[0] + "_" + type[0];
        assertEquals(
            kind[0].equals("inf") ? List.of() : List.of("2"),
            List.copyOf(byId(discovered, changes, name, "id").keySet()),
            name);
      }
    }
    state = OpenRequest.reduce(state, second.out());
    ConnectorJar.Run third = PostgresRuns.session(discovered, config, state, 0);
    assertEquals(0, new Captured(third.out()).count(), third.out().toString());
  }
}
