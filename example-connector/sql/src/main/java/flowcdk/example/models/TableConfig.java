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
 * @param cursorLag how far behind the database's clock incremental capture stays (date and
 *     timestamp cursors only): a change query reads only rows whose cursor is at or before {@code
 *     now() - cursor_lag}, so a row that a transaction shorter than the lag commits after rows with
 *     later cursors were read is still captured; absent or zero for no lag
 * @param backfillChunks into how many primary-key chunks the backfill is split, each a subtask that
 *     instances of a split capture claim separately (docs/scale-out.md); absent for one
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
    @Order(4)
        @Nonsensitive
        @JsonProperty("cursor_lag")
        @JsonPropertyDescription(
            "Read only changes whose cursor is at least this long before the database's clock, such"
                + " as PT5M (date and timestamp cursors only; default none). A row committed by a"
                + " transaction that took less than the lag is captured even if rows with later cursors"
                + " were captured first; documents arrive this much later, and a transaction longer"
                + " than the lag can still be missed.")
        Duration cursorLag,
    @Order(5)
        @Nonsensitive
        @JsonProperty("backfill_chunks")
        @JsonPropertyDescription(
            "Split the backfill into this many primary-key chunks (1 to 1024), each backfilled on"
                + " its own: a capture run as several instances backfills one table with all of"
                + " them. Takes effect when the binding is (re)backfilled. Default 1.")
        Integer backfillChunks,
    @JsonProperty("_meta") RawJson meta) {

  /** Into how many chunks the backfill is split: {@link #backfillChunks()}, or 1 when absent. */
  public int chunks() {
    return backfillChunks == null ? 1 : backfillChunks;
  }
}
