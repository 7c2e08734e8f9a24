package flowcdk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotTest {

  @TempDir Path dir;

  @Test
  void aMissingSnapshotIsWrittenAndTheFirstRunFails() throws Exception {
    Path file = dir.resolve("snapshots/spec.json");
    AssertionError failure =
        assertThrows(
            AssertionError.class,
            () -> Snapshot.assertMatches(file, "one\n", Snapshot.Mode.APPROVE));
    assertTrue(failure.getMessage().startsWith("new snapshot written to "), failure.getMessage());
    assertEquals("one\n", Files.readString(file));
    Snapshot.assertMatches(file, "one\n", Snapshot.Mode.APPROVE);
  }

  @Test
  void aDifferenceFailsNamingTheFirstDifferentLine() throws Exception {
    Path file = Files.writeString(dir.resolve("out.txt"), "a\nb\nc\n");
    AssertionError failure =
        assertThrows(
            AssertionError.class,
            () -> Snapshot.assertMatches(file, "a\nB\nc\n", Snapshot.Mode.APPROVE));
    assertTrue(
        failure.getMessage().contains("line 2: snapshot has \"b\", now \"B\""),
        failure.getMessage());
    assertEquals("a\nb\nc\n", Files.readString(file), "a difference is never written");
  }

  @Test
  void updateRewritesAndStrictNeverWrites() throws Exception {
    Path file = Files.writeString(dir.resolve("out.txt"), "old\n");
    Snapshot.assertMatches(file, "new\n", Snapshot.Mode.UPDATE);
    assertEquals("new\n", Files.readString(file));
    Path missing = dir.resolve("missing.txt");
    assertThrows(
        AssertionError.class, () -> Snapshot.assertMatches(missing, "x\n", Snapshot.Mode.STRICT));
    assertFalse(Files.exists(missing));
  }

  @Test
  void jsonIsPrettyPrintedInItsOwnOrder() {
    assertEquals("{\n  \"b\" : 1,\n  \"a\" : [ 2 ]\n}\n", Snapshot.json("{\"b\":1,\"a\":[2]}"));
  }
}
