package flowcdk.connector.stream;

import flowcdk.common.stream.Outlet;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * One file of a zip archive read by {@link Zip#members}: its name and its data, a stream to read to
 * its end (or {@link #skip()}) before the archive goes on to the next member.
 */
public final class ZipMember {

  private final String name;
  private final Outlet<Buffer> data;

  ZipMember(String name, Outlet<Buffer> data) {
    this.name = name;
    this.data = data;
  }

  /** The member's name in the archive, e.g. {@code exports/2024-05-01.json} (read as UTF-8). */
  public String name() {
    return name;
  }

  /**
   * The member's uncompressed bytes, in pieces of at most 64 KiB, with back-pressure: feed it to
   * another reader (JSON, CSV, lines) or consume it with {@link Streams#forEach}. It ends once the
   * member's CRC-32 and sizes were checked, or fails with a {@link java.util.zip.ZipException} if
   * they do not match or the archive ends early. Always the same stream.
   */
  public ReadStream<Buffer> data() {
    return data;
  }

  /**
   * Reads the rest of the member's data and drops it, so the archive can go on to the next member;
   * completes once the data was read to its end (at once if it already was), or fails as {@link
   * #data()} would. The data's end and exception handlers, if set, are still called.
   */
  public Future<Void> skip() {
    data.discard();
    return data.closed();
  }

  @Override
  public String toString() {
    return "ZipMember[" + name + "]";
  }
}
