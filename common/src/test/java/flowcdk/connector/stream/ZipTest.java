package flowcdk.connector.stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.common.stream.Feeding;
import flowcdk.common.stream.HandFed;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Zip archives as authors read them: members with names, their data fed on, or all run together.
 */
class ZipTest {

  static final String LINES_A = lines("a", 2000);
  static final String LINES_B = lines("b", 300);

  static String lines(String prefix, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append("{\"").append(prefix).append("\":").append(i * 7919 % 1000).append("}\n");
    }
    return text.toString();
  }

  static byte[] gzip(String text) throws IOException {
    return GzipTest.gzip(text);
  }

  /** An archive of {@code files} (name to bytes, stored if the name ends in .gz, else deflated). */
  static byte[] zip(Map<String, byte[]> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.putNextEntry(new ZipEntry("parts/"));
      out.closeEntry();
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        ZipEntry entry = new ZipEntry(file.getKey());
        if (file.getKey().endsWith(".gz")) {
          CRC32 crc = new CRC32();
          crc.update(file.getValue());
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(file.getValue().length);
          entry.setCrc(crc.getValue());
        }
        out.putNextEntry(entry);
        out.write(file.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  static Map<String, byte[]> files() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("parts/a.ndjson.gz", gzip(LINES_A));
    files.put("parts/b.ndjson", LINES_B.getBytes(UTF_8));
    files.put("parts/empty.ndjson", new byte[0]);
    return files;
  }

  /** Feeds {@code chunks} to {@code body}, each asked for first, then ends it. */
  static void feed(HandFed body, List<byte[]> chunks) {
    for (byte[] chunk : chunks) {
      assertTrue(body.demand > 0, "the next chunk is asked for");
      body.feed(Buffer.buffer(chunk));
    }
    body.end();
  }

  /** Each member's lines, read through another reader where it is gzip. */
  static Future<Void> readLines(ReadStream<Buffer> archive, Map<String, String> text) {
    return Zip.forEachMember(
        archive,
        member -> {
          Buffer data = Buffer.buffer();
          ReadStream<Buffer> bytes =
              member.name().endsWith(".gz") ? Gzip.decompress(member.data()) : member.data();
          return Streams.forEach(bytes, data::appendBuffer)
              .andThen(done -> text.put(member.name(), data.toString(UTF_8)));
        });
  }

  @Test
  void membersComeWithTheirNamesAndTheirDataFeedsOtherReaders() throws IOException {
    HandFed body = new HandFed();
    Map<String, String> text = new LinkedHashMap<>();
    Future<Void> done = readLines(body, text);
    feed(body, Feeding.split(zip(files()), 100, 2000, 2001));
    assertTrue(done.succeeded(), () -> String.valueOf(done.cause()));
    assertEquals(
        Map.of("parts/a.ndjson.gz", LINES_A, "parts/b.ndjson", LINES_B, "parts/empty.ndjson", ""),
        text);
    assertEquals(
        List.of("parts/a.ndjson.gz", "parts/b.ndjson", "parts/empty.ndjson"),
        List.copyOf(text.keySet()));
  }

  @Test
  void theMembersAreTheSameHoweverTheArchiveIsSplit() throws IOException {
    byte[] archive = zip(files());
    Map<String, String> expected =
        Map.of("parts/a.ndjson.gz", LINES_A, "parts/b.ndjson", LINES_B, "parts/empty.ndjson", "");
    for (int cut = 0; cut <= archive.length; cut++) {
      Map<String, String> text = new LinkedHashMap<>();
      HandFed body = new HandFed();
      Future<Void> done = readLines(body, text);
      feed(body, Feeding.split(archive, cut));
      assertTrue(done.succeeded(), "cut at " + cut);
      assertEquals(expected, text, "cut at " + cut);
    }
    Map<String, String> text = new LinkedHashMap<>();
    HandFed body = new HandFed();
    readLines(body, text);
    feed(body, Feeding.bytewise(archive));
    assertEquals(expected, text);
  }

  @Test
  void theArchiveIsReadOnlyAsFastAsTheCurrentMembersData() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("zeros", new byte[3 * 64 * 1024]);
    files.put("b.ndjson", LINES_B.getBytes(UTF_8));
    HandFed body = new HandFed();
    ReadStream<ZipMember> members = Zip.members(body);
    List<ZipMember> got = new ArrayList<>();
    boolean[] ended = {false};
    members.pause().handler(got::add).endHandler(v -> ended[0] = true);
    members.fetch(10);
    body.feed(Buffer.buffer(zip(files)));
    assertEquals(1, got.size());
    assertEquals("zeros", got.get(0).name());
    List<Buffer> pieces = new ArrayList<>();
    ReadStream<Buffer> zeros = got.get(0).data();
    zeros.pause().handler(pieces::add);
    zeros.fetch(1);
    assertEquals(1, pieces.size());
    assertEquals(64 * 1024, pieces.get(0).length());
    assertEquals(1, got.size(), "the next member waits for this one's data");
    assertEquals(0, body.demand, "nothing more is read from the archive");
    boolean[] zerosEnded = {false};
    zeros.endHandler(v -> zerosEnded[0] = true);
    zeros.resume();
    assertEquals(3, pieces.size());
    assertTrue(zerosEnded[0]);
    assertEquals(2, got.size(), "the next member comes once the data ended");
    assertEquals("b.ndjson", got.get(1).name());
    Future<Void> skipped = got.get(1).skip();
    assertTrue(skipped.succeeded());
    assertFalse(ended[0]);
    body.end();
    assertTrue(ended[0]);
  }

  @Test
  void membersLeftUnreadAreSkipped() throws IOException {
    HandFed body = new HandFed();
    List<String> names = new ArrayList<>();
    Future<Void> done =
        Zip.forEachMember(
            body,
            member -> {
              names.add(member.name());
              return Future.succeededFuture();
            });
    feed(body, Feeding.split(zip(files()), 50));
    assertTrue(done.succeeded());
    assertEquals(List.of("parts/a.ndjson.gz", "parts/b.ndjson", "parts/empty.ndjson"), names);
  }

  @Test
  void aCorruptMemberFailsItsDataAndTheWhole() throws IOException {
    byte[] archive = zip(files());
    // Change a byte of the stored gzip member's data, which follows its local header and name.
    int header = indexOf(archive, "parts/a.ndjson.gz".getBytes(UTF_8)) - 30;
    archive[header + 30 + "parts/a.ndjson.gz".length() + 20] ^= 1;
    HandFed body = new HandFed();
    List<Throwable> dataFailures = new ArrayList<>();
    Future<Void> done =
        Zip.forEachMember(
            body,
            member -> {
              member.data().exceptionHandler(dataFailures::add);
              return member.skip();
            });
    body.feed(Buffer.buffer(archive));
    assertInstanceOf(ZipException.class, done.cause());
    assertTrue(
        done.cause()
            .getMessage()
            .startsWith("zip member 2 (\"parts/a.ndjson.gz\", at byte " + header + ") is corrupt"),
        done.cause().getMessage());
    assertEquals(List.of(done.cause()), dataFailures);
  }

  static int indexOf(byte[] bytes, byte[] pattern) {
    for (int i = 0; i + pattern.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + pattern.length, pattern, 0, pattern.length)) {
        return i;
      }
    }
    throw new AssertionError("pattern not found");
  }

  @Test
  void concatenatedGivesAllMembersDataInArchiveOrder() throws IOException {
    Map<String, byte[]> files = files();
    byte[] archive = zip(files);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    files.values().forEach(expected::writeBytes);
    Feeding<Buffer> feeding = Feeding.run(Zip::concatenated, Feeding.split(archive, 77));
    assertTrue(feeding.ended);
    assertNull(feeding.failure);
    assertArrayEquals(expected.toByteArray(), feeding.bytes());
    assertArrayEquals(expected.toByteArray(), Zip.concatenated(archive));
    Feeding<Buffer> bytewise = Feeding.run(Zip::concatenated, Feeding.bytewise(archive));
    assertArrayEquals(expected.toByteArray(), bytewise.bytes());
  }

  @Test
  void concatenatedFailsOnAnArchiveCutShort() throws IOException {
    byte[] archive = zip(files());
    Feeding<Buffer> feeding =
        Feeding.run(Zip::concatenated, List.of(Arrays.copyOf(archive, archive.length / 2)));
    assertFalse(feeding.ended);
    assertInstanceOf(ZipException.class, feeding.failure);
  }
}
