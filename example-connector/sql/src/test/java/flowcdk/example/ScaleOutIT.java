package flowcdk.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import flowcdk.connector.KeyRange;
import flowcdk.example.testing.Jars;
import flowcdk.example.testing.PostgresExtension;
import flowcdk.example.testing.PostgresRuns;
import flowcdk.testing.Captured;
import flowcdk.testing.ConnectorJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQL example split across instances by key range (docs/scale-out.md), against PostgreSQL: 20
 * tables captured by {@code preview --shards N} (N instances at once, each claiming the tables
 * whose state key hashes into its range) and by two {@code --range} runs owning 3/4 and 1/4 of the
 * key space give exactly the rows one instance captures, each row once.
 */
@ExtendWith(PostgresExtension.class)
class ScaleOutIT {

  private static final int TABLES = 20;
  private static final int ROWS = 500;

  @TempDir Path dir;

  @Test
  void instancesTogetherCaptureEveryRowOnce() throws Exception {
    PostgresRuns runs = new PostgresRuns(dir);
    String db = runs.database("scaleout");
    List<String> statements = new ArrayList<>();
    for (int t = 0; t < TABLES; t++) {
      statements.add(
          "CREATE TABLE t" + t + " (id int PRIMARY KEY, v text, updated_at timestamptz NOT NULL)");
      statements.add(
          "INSERT INTO t"
              + t
              + " SELECT i, 't"
              + t
              + "-' || i, TIMESTAMPTZ '2024-01-01Z' + i * INTERVAL '1 second'"
              + " FROM generate_series(1, "
              + ROWS
              + ") i");
    }
    runs.sql(db, statements.toArray(String[]::new));
    Path config = runs.config(db, 100, "public");
    long all = (long) TABLES * ROWS;

    Map<String, Integer> single = rows(preview(config, "single", all));
    assertEquals(all, single.size());
    assertTrue(single.values().stream().allMatch(n -> n == 1));

    for (int shards : new int[] {2, 4, 8}) {
      Map<String, Integer> union =
          rows(preview(config, "shards" + shards, all, "--shards", "" + shards));
      assertEquals(single, union, shards + " instances: every row exactly once");
    }

    long threeQuarters = (KeyRange.MAX + 1) / 4 * 3;
    List<String> lines = new ArrayList<>();
    KeyRange big = new KeyRange(0, threeQuarters - 1);
    KeyRange small = new KeyRange(threeQuarters, KeyRange.MAX);
    lines.addAll(
        preview(config, "big", rowsClaimed(big), "--range", big.begin() + ":" + big.end()));
    lines.addAll(
        preview(
            config,
            "small",
            rowsClaimed(small),
            "--range",
            "0x" + Long.toHexString(small.begin()) + ":0xffffffff"));
    assertEquals(single, rows(lines), "instances owning 3/4 and 1/4: every row exactly once");
  }

  /**
   * One table whose backfill is split into 8 primary-key chunks ({@code backfill_chunks}): one
   * instance backfills every chunk; two instances owning half the key space each backfill the
   * chunks they claim ({@code public.big/chunk-000N}), and together every row once.
   */
  @Test
  void oneTablesBackfillIsSplitByKeyChunksAcrossInstances() throws Exception {
    PostgresRuns runs = new PostgresRuns(dir);
    String db = runs.database("chunks");
    int rows = 4000;
    int chunks = 8;
    runs.sql(
        db,
        "CREATE TABLE big (id int PRIMARY KEY, v text, updated_at timestamptz NOT NULL)",
        "INSERT INTO big SELECT i, 'big-' || i, TIMESTAMPTZ '2024-01-01Z' + i * INTERVAL '1 second'"
            + " FROM generate_series(1, "
            + rows
            + ") i");
    Path plain = runs.config(db, 100, "public");
    Path config =
        Files.writeString(
            dir.resolve("chunked.json"),
            Files.readString(plain).replaceFirst("}$", ",\"backfill_chunks\":" + chunks + "}"));

    Map<String, Integer> single = rows(preview(config, "chunked-single", rows), 1);
    assertEquals(rows, single.size());
    assertTrue(single.values().stream().allMatch(n -> n == 1));

    Map<String, Integer> union = new HashMap<>();
    for (KeyRange half : KeyRange.split(2)) {
      int claimed = 0;
      for (int c = 0; c < chunks; c++) {
        if (half.claims(KeyRange.subtask("public.big", String.format("chunk-%04d", c)))) {
          claimed++;
        }
      }
      assertTrue(claimed > 0 && claimed < chunks, "each half claims some chunks: " + claimed);
      String range = half.begin() + ":" + half.end();
      long expected = (long) claimed * rows / chunks;
      // An instance that claims the binding also runs its incremental capture, and goes on until
      // stopped; one that claims only chunks ends once they are backfilled.
      List<String> lines =
          half.claims("public.big")
              ? preview(config, "chunked-" + half.begin(), expected, "--range", range)
              : previewToEnd(config, "chunked-" + half.begin(), "--range", range);
      Map<String, Integer> part = rows(lines, 1);
      assertEquals(expected, part.size(), "the claimed chunks' rows");
      part.forEach((row, n) -> union.merge(row, n, Integer::sum));
    }
    assertEquals(single, union, "two instances: every row of the table exactly once");
  }

  /** The rows of the tables {@code range} claims: their state keys are {@code public.t<n>}. */
  private static long rowsClaimed(KeyRange range) {
    long tables = 0;
    for (int t = 0; t < TABLES; t++) {
      if (range.claims("public.t" + t)) {
        tables++;
      }
    }
    assertTrue(tables > 0, "the test's ranges each claim a table");
    return tables * ROWS;
  }

  /**
   * Runs {@code preview} with {@code options} until {@code documents} documents are out and every
   * binding is at rest.
   */
  private List<String> preview(Path config, String name, long documents, String... options)
      throws Exception {
    ConnectorJar.Run run =
        PostgresRuns.preview(config, dir.resolve(name + ".json"), documents, options);
    assertEquals(0, run.status(), run.err());
    return run.out();
  }

  /** Runs {@code preview} with {@code options} until the capture ends by itself. */
  private List<String> previewToEnd(Path config, String name, String... options) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "preview",
                "--config",
                config.toString(),
                "--state",
                dir.resolve(name + ".json").toString(),
                "--json"));
    args.addAll(List.of(options));
    ConnectorJar.Run run =
        Jars.SQL
            .start(PostgresRuns.DEBUG_LOG, args.toArray(String[]::new))
            .awaitExit(PostgresRuns.WAIT);
    assertEquals(0, run.status(), run.err());
    return run.out();
  }

  /** How often each row ({@code <binding>/<id>}) was captured. */
  private static Map<String, Integer> rows(List<String> lines) {
    return rows(lines, TABLES);
  }

  /** How often each row ({@code <binding>/<id>}) of {@code tables} bindings was captured. */
  private static Map<String, Integer> rows(List<String> lines, int tables) {
    Map<String, Integer> rows = new HashMap<>();
    Captured captured = new Captured(lines);
    for (int b = 0; b < tables; b++) {
      for (JsonNode doc : captured.documents(b)) {
        rows.merge(b + "/" + doc.get("id").asInt(), 1, Integer::sum);
      }
    }
    return rows;
  }
}
