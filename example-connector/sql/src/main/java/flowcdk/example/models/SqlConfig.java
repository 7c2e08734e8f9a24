package flowcdk.example.models;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import flowcdk.annotations.Advanced;
import flowcdk.annotations.Model;
import flowcdk.annotations.Order;
import flowcdk.annotations.Secret;
import java.time.Duration;
import java.util.List;

/**
 * The endpoint config: a PostgreSQL server (host, port, database, user, password), or any JDBC URL
 * whose driver is in the jar (PostgreSQL, and H2 for the embedded demo).
 *
 * @param host the PostgreSQL server's host name or address
 * @param port its port
 * @param database the database to capture from
 * @param user the user to connect as
 * @param password the user's password
 * @param schemas the schemas whose tables are discovered; empty means every non-system schema
 * @param pageSize how many rows one query reads (backfill pages, change batches)
 * @param jdbcUrl a JDBC URL used instead of host, port and database
 * @param seedDemoData whether to create and fill the demo tables in an embedded H2 database that
 *     has none of them yet
 * @param connectTimeout how long opening a connection (network connect and login) may take
 * @param queryTimeout how long one query may run, and the server stay silent, before it fails
 * @param backfillChunks into how many primary-key chunks discovery proposes to split each table's
 *     backfill (docs/scale-out.md)
 */
@Model(title = "SQL Tables")
@JsonClassDescription(
    "Captures the tables of a PostgreSQL database (or an embedded H2 database) over JDBC.")
public record SqlConfig(
    @Order(0) @JsonPropertyDescription("Host name or IP address of the PostgreSQL server.")
        String host,
    @Order(1)
        @JsonProperty(defaultValue = "5432")
        @JsonPropertyDescription("Port of the PostgreSQL server.")
        int port,
    @Order(2) @JsonPropertyDescription("Database to capture from.") String database,
    @Order(3)
        @JsonPropertyDescription("User to connect as; it needs SELECT on the captured tables.")
        String user,
    @Order(4) @Secret @JsonPropertyDescription("Password of the user.") String password,
    @Order(5)
        @JsonPropertyDescription(
            "Schemas whose tables are discovered. Empty: every schema but the system ones.")
        List<String> schemas,
    @Order(6)
        @Advanced
        @JsonProperty(value = "page_size", defaultValue = "1000")
        @JsonPropertyDescription(
            "Rows read by one query: a backfill page, or a batch of changes (1 to 100000).")
        int pageSize,
    @Order(7)
        @Advanced
        @Secret
        @JsonProperty("jdbc_url")
        @JsonPropertyDescription(
            "A JDBC URL used instead of host, port and database, e.g. jdbc:h2:./demo/shop for an"
                + " embedded H2 database. User and password still apply when given.")
        String jdbcUrl,
    @Order(8)
        @Advanced
        @JsonProperty(value = "seed_demo_data", defaultValue = "false")
        @JsonPropertyDescription(
            "Create and fill the demo tables (customers, products, orders, page_views) when an"
                + " embedded H2 database has none of them yet.")
        boolean seedDemoData,
    @Order(9)
        @Advanced
        @JsonProperty(value = "connect_timeout", defaultValue = "PT30S")
        @JsonPropertyDescription(
            "How long opening a database connection (network connect and login) may take before"
                + " the attempt fails; an ISO-8601 duration from PT1S to PT10M.")
        Duration connectTimeout,
    @Order(10)
        @Advanced
        @JsonProperty(value = "query_timeout", defaultValue = "PT10M")
        @JsonPropertyDescription(
            "How long one query may run, and the server may stay silent, before the capture fails"
                + " with an error instead of waiting forever on a frozen or unreachable server; an"
                + " ISO-8601 duration from PT5S to P1D. Raise it if single queries legitimately run"
                + " longer.")
        Duration queryTimeout,
    @Order(11)
        @Advanced
        @JsonProperty(value = "backfill_chunks", defaultValue = "1")
        @JsonPropertyDescription(
            "Split each table's backfill into this many primary-key chunks, from 1 to 1024: when"
                + " the capture runs as several instances (shards), each backfills the chunks it"
                + " claims, so a large table is backfilled by all of them. Discovery proposes it"
                + " for each table; 1 for one backfill per table.")
        int backfillChunks) {

  /** The schemas to discover ({@code null} read as none given). */
  public List<String> schemasOrEmpty() {
    return schemas == null ? List.of() : schemas;
  }
}
