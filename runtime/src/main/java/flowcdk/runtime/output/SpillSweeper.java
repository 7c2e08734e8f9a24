package flowcdk.runtime.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Removes spill files left behind by processes that no longer run, for platforms where a spill file
 * keeps its name while open (see {@link SpillFile}); on POSIX systems spill files never have a name
 * long enough to be left behind, and the sweep finds nothing.
 *
 * <p>A file is removed only when its name has the form {@code flowcdk-txn-<pid>-<random>.jsonl} and
 * no process with that id is alive: a file of a live process, of this one, or of unknown origin is
 * left alone (a reused process id only delays the removal to a later sweep).
 */
final class SpillSweeper {

  private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();

  private SpillSweeper() {}

  /** Sweeps {@code directory} the first time this process spills into it. */
  static void sweepOnce(Path directory) {
    if (SWEPT.add(directory.toAbsolutePath().normalize())) {
      sweep(directory);
    }
  }

  /** Removes the stale spill files in {@code directory}; returns how many. Best effort. */
  static int sweep(Path directory) {
    int removed = 0;
    long self = ProcessHandle.current().pid();
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(directory, SpillFile.PREFIX + "*" + SpillFile.SUFFIX)) {
      for (Path file : files) {
        long owner = owner(file.getFileName().toString());
        if (owner > 0 && owner != self && ProcessHandle.of(owner).isEmpty()) {
          try {
            removed += Files.deleteIfExists(file) ? 1 : 0;
          } catch (IOException e) {
            // still open somewhere, or not ours to delete: leave it
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // an unreadable directory: spilling itself will report what is wrong
    }
    return removed;
  }

  /** The process id in a spill file's name, or -1 when the name does not carry one. */
  static long owner(String name) {
    if (!name.startsWith(SpillFile.PREFIX) || !name.endsWith(SpillFile.SUFFIX)) {
      return -1;
    }
    int start = SpillFile.PREFIX.length();
    int dash = name.indexOf('-', start);
    if (dash <= start || dash - start > 18) {
      return -1;
    }
    for (int i = start; i < dash; i++) {
      if (name.charAt(i) < '0' || name.charAt(i) > '9') {
        return -1;
      }
    }
    return Long.parseLong(name, start, dash, 10);
  }
}
