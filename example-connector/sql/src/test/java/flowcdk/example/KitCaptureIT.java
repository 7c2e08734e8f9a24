package flowcdk.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import flowcdk.example.testing.Jars;
import flowcdk.testing.CaptureSessions;
import flowcdk.testing.Captured;
import flowcdk.testing.CrashAndResume;
import flowcdk.testing.Snapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQL example through the test kit, on the embedded demo database: spec and discover against
 * their snapshots, a capture whose every document matches its table's discovered schema, and
 * captures killed at random checkpoints that, resumed, lose no row.
 */
class KitCaptureIT {

  private static final Path SNAPSHOTS = Path.of("src", "test", "resources", "snapshots");
  private static final List<String> CURSOR_TABLES =
      List.of("public.customers", "public.orders", "public.products");

  @TempDir Path dir;
  private Path config;

  @BeforeEach
  void writeConfig() throws Exception {
    config = Jars.demoConfig(dir, 200);
  }

  @Test
  void specAndDiscoverMatchTheirSnapshots() throws Exception {
    Snapshot.assertSpec(Jars.SQL, SNAPSHOTS.resolve("spec.json"));
    Snapshot.assertDiscover(Jars.SQL, config, Map.of(), SNAPSHOTS.resolve("discover.json"));
  }

  @Test
  void everyTableIsCapturedAndEveryRowMatchesItsSchema() throws Exception {
    CaptureSessions sessions = CaptureSessions.of(Jars.SQL, config);
    sessions.run(KitCaptureIT::backfilledAndSnapshotted);
    assertEquals(2000, sessions.keys("public.customers").size());
    assertEquals(5000, sessions.keys("public.orders").size());
    assertEquals(300, sessions.keys("public.products").size());
    assertEquals(1000, sessions.keys("public.page_views").size());
  }

  @Test
  void capturesKilledAtRandomCheckpointsLoseNoRow() throws Exception {
    CrashAndResume.assertNoKeyLost(
        () -> CaptureSessions.of(Jars.SQL, config),
        KitCaptureIT::backfilledAndSnapshotted,
        3,
        12,
        20261203L);
  }

  /**
   * Every cursor table's backfill is done (its state has no backfill) and page_views has a
   * snapshot.
   */
  private static boolean backfilledAndSnapshotted(CaptureSessions sessions) {
    JsonNode states = Captured.parse(sessions.state()).path("bindingStateV1");
    for (String table : CURSOR_TABLES) {
      if (!states.path(table).has("inc") || states.path(table).has("backfill")) {
        return false;
      }
    }
    return states.path("public.page_views").has("snapshot");
  }
}
