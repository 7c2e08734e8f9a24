package flowcdk.connector.stream;

import flowcdk.common.stream.DecodingStream;
import flowcdk.common.stream.ZipConcatenation;
import flowcdk.common.stream.ZipMembers;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.util.Objects;
import java.util.function.Function;
import java.util.zip.ZipException;

/**
 * Reading a zip archive as it streams in, member by member, without storing it: each member's data
 * is a stream that can feed the JSON, CSV or line readers.
 *
 * <pre>{@code
 * // An export of gzipped NDJSON parts, and a README to leave out.
 * return http.requestStream(HttpRequest.get(exportUrl))
 *     .compose(response -> Zip.forEachMember(response.body(), member ->
 *         member.name().endsWith(".ndjson.gz")
 *             ? Streams.forEach(Gzip.decompress(member.data()), bytes -> ...)  // or a JSON reader
 *             : member.skip()));
 * }</pre>
 *
 * <p>The archive is read front to back, by the members' local headers (a streaming reader cannot
 * jump to the central directory at the end): stored and deflated members, with their sizes in the
 * local header, in a data descriptor after deflated data, or in a zip64 extra field. Every member's
 * CRC-32 and sizes are checked. Directory entries are left out. An archive with no members gives
 * none. The central directory ends the members; it is then read to the archive's end record, so an
 * archive cut short anywhere fails.
 *
 * <p>Failures are {@link ZipException}s naming the member, e.g. for input that is not a zip
 * archive, an archive that ends early or holds bytes after its end record, a checksum that does not
 * match, an encrypted member (there is no password support), a method other than stored or deflate
 * (Deflate64, bzip2, LZMA...), or a stored member whose length is only in a data descriptor (where
 * its data ends is then known only from the central directory, which a stream reaches too late:
 * read such an archive whole with {@link java.util.zip.ZipFile}). Member names are read as UTF-8.
 */
public final class Zip {

  private Zip() {}

  /**
   * The members of the zip archive {@code archive}, in archive order, directories left out. Read
   * each member's {@link ZipMember#data() data} to its end, or {@link ZipMember#skip() skip} it:
   * the next member comes only then (the archive is read only as fast as the data is). The stream
   * and the current member's data fail with a {@link ZipException} if the archive is not valid;
   * {@code archive}'s handlers are taken over. {@link #forEachMember} does the bookkeeping.
   */
  public static ReadStream<ZipMember> members(ReadStream<Buffer> archive) {
    Objects.requireNonNull(archive, "archive");
    return new ZipMembers<>(archive, ZipMember::new);
  }

  /**
   * Calls {@code action} with each member of the zip archive {@code archive}, one at a time: the
   * next member's turn comes once the future {@code action} returned completed, and whatever of the
   * member's data it left unread was skipped. The result completes after the last member, or fails
   * with the first failure of the archive or of {@code action} (thrown or as a failed future);
   * nothing more is read then.
   */
  public static Future<Void> forEachMember(
      ReadStream<Buffer> archive, Function<? super ZipMember, ? extends Future<?>> action) {
    Objects.requireNonNull(action, "action");
    return Streams.forEachAsync(
        members(archive),
        member ->
            Objects.requireNonNull(action.apply(member), "the action returned no future")
                .compose(done -> member.skip()));
  }

  /**
   * The data of all the members of the zip archive {@code archive} run together in archive order,
   * without separators or names (directories give nothing), as the Python CDK's unzip stream gives
   * it: for archives of one file, or of files whose contents can be read as one (e.g. NDJSON split
   * into parts). With back-pressure; fails with a {@link ZipException} as {@link #members} does.
   */
  public static ReadStream<Buffer> concatenated(ReadStream<Buffer> archive) {
    Objects.requireNonNull(archive, "archive");
    return new DecodingStream<>(archive, new ZipConcatenation());
  }

  /**
   * The data of all the members of the zip archive {@code archive}, at hand whole, run together as
   * {@link #concatenated(ReadStream)} gives it (for tests, and small archives already in memory).
   *
   * @throws ZipException if the archive is not valid or cannot be read as a stream
   */
  public static byte[] concatenated(byte[] archive) throws ZipException {
    Objects.requireNonNull(archive, "archive");
    ZipConcatenation decoder = new ZipConcatenation();
    Buffer out = Buffer.buffer();
    decoder.chunk(Buffer.buffer(archive), out::appendBuffer);
    while (decoder.hasMore()) {
      decoder.more(out::appendBuffer);
    }
    decoder.end(out::appendBuffer);
    return out.getBytes();
  }
}
