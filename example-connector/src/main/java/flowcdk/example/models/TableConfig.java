package flowcdk.example.models;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import flowcdk.annotations.Model;
import flowcdk.annotations.Nonsensitive;
import flowcdk.annotations.Order;
import flowcdk.runtime.json.RawJson;
import java.time.Duration;

/**
 * The resource config of a binding: one table, its cursor column and how often it is polled. The
 * resource path is {@code [schema, table]}.
 *
 * @param schema the table's schema
 * @param table the table's name
 * @param cursor the column whose increasing values order changes (incremental capture); absent for
 *     a table captured by periodic snapshots (discovery decides which)
 * @param interval how long to wait between polls once caught up
 * @param meta opaque metadata Flow may attach; accepted and ignored
 */
@Model(title = "Table")
@JsonClassDescription("A table to capture.")
public record TableConfig(
    @Order(0) @JsonProperty(required = true) @JsonPropertyDescription("Schema of the table.")
        String schema,
    @Order(1) @JsonProperty(required = true) @JsonPropertyDescription("Name of the table.")
        String table,
    @Order(2)
        @JsonPropertyDescription(
            "Column whose increasing values order the table's changes, such as"
                + " updated_at; an integer, numeric, text, uuid, date or timestamp column. Only tables that discovery proposes"
                + " with a cursor (a primary key and an updated_at column) take one; the others are captured by periodic"
                + " snapshots.")
        String cursor,
    @Order(3)
        @Nonsensitive
        @JsonPropertyDescription("How long to wait between polls once caught up (default PT1M).")
        Duration interval,
    @JsonProperty("_meta") RawJson meta) {}
