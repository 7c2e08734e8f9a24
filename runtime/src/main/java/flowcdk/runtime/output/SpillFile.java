package flowcdk.runtime.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A temporary file for one spilled transaction that never outlives this process, not even a SIGKILL
 * or an out-of-memory exit.
 *
 * <p>On POSIX systems the file's name is removed as soon as it is open: the data lives on in the
 * open channel only, no other process sees it, and the operating system frees it when the channel
 * is closed or the process dies, however it dies. Where an open file's name cannot be removed
 * (Windows), the file is opened with {@link StandardOpenOption#DELETE_ON_CLOSE}, which the system
 * honours when the process ends; and as a last resort, a name that survived a crash carries its
 * owner's process id ({@code flowcdk-txn-<pid>-<random>.jsonl}), so that {@link SpillSweeper}
 * removes it the next time a process spills into the same directory.
 *
 * <p>Not thread-safe; one owner at a time (a {@link TxnBuffer}, then the {@link Unit} it seals).
 */
final class SpillFile implements Closeable {

  /** The name every spill file starts with. */
  static final String PREFIX = "flowcdk-txn-";

  /** The name every spill file ends with. */
  static final String SUFFIX = ".jsonl";

  private static final int BLOCK = 64 * 1024;

  private final FileChannel channel;

  private SpillFile(FileChannel channel) {
    this.channel = channel;
  }

  /**
   * Creates a spill file in {@code directory} (created if missing), readable and writable by this
   * user only, whose name is already gone where the platform allows it.
   */
  static SpillFile create(Path directory) throws IOException {
    Files.createDirectories(directory);
    SpillSweeper.sweepOnce(directory);
    FileAttribute<?>[] ownerOnly = ownerOnly(directory);
    while (true) {
      Path path = directory.resolve(name(ProcessHandle.current().pid()));
      FileChannel channel;
      try {
        channel =
            FileChannel.open(
                path,
                Set.of(
                    StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.READ,
                    StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE),
                ownerOnly);
      } catch (FileAlreadyExistsException e) {
        continue; // a name clash (vanishingly rare): draw another
      }
      unlink(path);
      return new SpillFile(channel);
    }
  }

  /** {@code flowcdk-txn-<pid>-<random>.jsonl}. */
  static String name(long pid) {
    return PREFIX
        + pid
        + "-"
        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
        + SUFFIX;
  }

  /**
   * Removes the name of the just-opened file. The JDK's DELETE_ON_CLOSE already does so on POSIX
   * systems; this makes sure of it on other file systems that allow it.
   */
  private static void unlink(Path path) {
    if (Files.notExists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.delete(path);
    } catch (IOException e) {
      // open files cannot lose their name here: DELETE_ON_CLOSE and the sweep cover it
    }
  }

  private static FileAttribute<?>[] ownerOnly(Path directory) {
    if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[] {
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
      };
    }
    return new FileAttribute<?>[0];
  }

  /** The open channel; writes go through it, reads use absolute positions. */
  FileChannel channel() {
    return channel;
  }

  /** Feeds bytes {@code [0, size)} to {@code sink} in blocks, without moving the channel. */
  void read(long size, TxnBuffer.ByteSink sink) throws IOException {
    copy(size, sink::accept);
  }

  /** Writes bytes {@code [0, size)} to {@code out}, without moving the channel. */
  void writeTo(long size, OutputStream out) throws IOException {
    copy(size, out::write);
  }

  private void copy(long size, Block sink) throws IOException {
    byte[] block = new byte[(int) Math.min(BLOCK, Math.max(size, 1))];
    ByteBuffer buffer = ByteBuffer.wrap(block);
    long position = 0;
    while (position < size) {
      buffer.clear().limit((int) Math.min(block.length, size - position));
      int n = channel.read(buffer, position);
      if (n < 0) {
        throw new IOException(
            "spill file ended after " + position + " of " + size + " bytes; was it truncated?");
      }
      sink.accept(block, 0, n);
      position += n;
    }
  }

  /** Closes the channel, which frees the file (and, where it still has a name, deletes it). */
  @Override
  public void close() throws IOException {
    channel.close();
  }

  /** Receives the blocks of a copy. */
  @FunctionalInterface
  private interface Block {
    void accept(byte[] bytes, int offset, int length) throws IOException;
  }
}
