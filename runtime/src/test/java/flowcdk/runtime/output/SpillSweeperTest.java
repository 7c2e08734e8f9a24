package flowcdk.runtime.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpillSweeperTest {

  /** Larger than any pid_max, so never a live process. */
  private static final long DEAD = 999_999_999L;

  @TempDir Path dir;

  @Test
  void readsTheOwnerFromTheName() {
    assertEquals(1234, SpillSweeper.owner("flowcdk-txn-1234-k3j2h1.jsonl"));
    assertEquals(-1, SpillSweeper.owner("flowcdk-txn-8812736451.jsonl"), "the old, pid-less form");
    assertEquals(-1, SpillSweeper.owner("flowcdk-txn-12a4-x.jsonl"));
    assertEquals(-1, SpillSweeper.owner("flowcdk-txn--x.jsonl"));
    assertEquals(-1, SpillSweeper.owner("flowcdk-txn-9999999999999999999-x.jsonl"));
    assertEquals(-1, SpillSweeper.owner("flowcdk-txn-1234-x.json"));
    assertEquals(-1, SpillSweeper.owner("other-1234-x.jsonl"));
    String own = SpillFile.name(ProcessHandle.current().pid());
    assertEquals(ProcessHandle.current().pid(), SpillSweeper.owner(own));
  }

  @Test
  void removesOnlyFilesOfProcessesThatAreGone() throws IOException {
    long self = ProcessHandle.current().pid();
    long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(self);
    Path stale = touch(SpillFile.name(DEAD));
    Path mine = touch(SpillFile.name(self));
    Path live = touch(SpillFile.name(parent));
    Path unknown = touch("flowcdk-txn-8812736451.jsonl");
    Path other = touch("notes-" + DEAD + "-x.jsonl");

    assertEquals(1, SpillSweeper.sweep(dir));
    assertFalse(Files.exists(stale));
    for (Path kept : List.of(mine, live, unknown, other)) {
      assertTrue(Files.exists(kept), kept + " must be kept");
    }
  }

  @Test
  void theFirstSpillIntoADirectorySweepsIt() throws IOException {
    Path stale = touch(SpillFile.name(DEAD));
    TxnBuffer buffer = new TxnBuffer(new MemoryBudget(MemoryBudget.CHUNK_SIZE), 1, dir);
    buffer.write(new byte[2 * MemoryBudget.CHUNK_SIZE]);
    assertTrue(buffer.spilled());
    assertFalse(Files.exists(stale), "the stale file of a dead process is swept");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(), files.toList(), "and the new spill file has no name");
    }
    buffer.discard();
  }

  private Path touch(String name) throws IOException {
    return Files.write(dir.resolve(name), new byte[] {'{', '}', '\n'});
  }
}
