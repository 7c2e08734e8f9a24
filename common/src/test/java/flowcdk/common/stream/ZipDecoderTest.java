package flowcdk.common.stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Zip archives read front to back: members, data descriptors, checks and truncation. */
class ZipDecoderTest {

  static final byte[] TEXT = GzipDecoderTest.TEXT;
  static final byte[] OTHER = GzipDecoderTest.OTHER;

  /** A member to write: its name, data and whether it is stored (else deflated). */
  record Entry(String name, String text, boolean stored) {
    static Entry deflated(String name, byte[] data) {
      return new Entry(name, new String(data, UTF_8), false);
    }

    static Entry stored(String name, byte[] data) {
      return new Entry(name, new String(data, UTF_8), true);
    }

    static Entry directory(String name) {
      return new Entry(name, "", true);
    }

    byte[] data() {
      return text.getBytes(UTF_8);
    }
  }

  /** An archive as java.util.zip writes it: deflated members have data descriptors. */
  static byte[] zip(Entry... entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Entry entry : entries) {
        ZipEntry zipEntry = new ZipEntry(entry.name());
        if (entry.stored()) {
          CRC32 crc = new CRC32();
          crc.update(entry.data());
          zipEntry.setMethod(ZipEntry.STORED);
          zipEntry.setSize(entry.data().length);
          zipEntry.setCompressedSize(entry.data().length);
          zipEntry.setCrc(crc.getValue());
        }
        out.putNextEntry(zipEntry);
        out.write(entry.data());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  static final Entry[] MIXED = {
    Entry.directory("exports/"),
    Entry.deflated("exports/a.json", TEXT),
    Entry.stored("exports/b.txt", OTHER),
    Entry.deflated("empty.txt", new byte[0]),
    Entry.stored("exports/deeper/", new byte[0]),
    Entry.deflated("c.json", OTHER),
  };

  /** A member's name and data, as the parts gave them. */
  record Member(String name, String data) {}

  static Feeding<ZipPart> decode(List<byte[]> chunks) {
    return Feeding.run(body -> new DecodingStream<>(body, new ZipDecoder()), chunks);
  }

  /** The members the parts make, checking that they are well formed. */
  static List<Member> members(List<byte[]> chunks) {
    Feeding<ZipPart> feeding = decode(chunks);
    assertNull(feeding.failure);
    assertTrue(feeding.ended);
    List<Member> members = new ArrayList<>();
    String name = null;
    Buffer data = null;
    for (ZipPart part : feeding.items) {
      if (part instanceof ZipPart.Start start) {
        assertNull(name, "a member starts inside another");
        name = start.name();
        data = Buffer.buffer();
      } else if (part instanceof ZipPart.Data piece) {
        assertTrue(piece.bytes().length() > 0 && piece.bytes().length() <= MemberBody.PIECE);
        data.appendBuffer(piece.bytes());
      } else {
        assertEquals(name, ((ZipPart.End) part).name());
        members.add(new Member(name, data.toString(UTF_8)));
        name = null;
      }
    }
    assertNull(name, "the last member ended");
    return members;
  }

  static String failure(byte[] input) {
    Feeding<ZipPart> feeding = decode(List.of(input));
    assertFalse(feeding.ended, "the stream must not end");
    assertInstanceOf(ZipException.class, feeding.failure);
    return feeding.failure.getMessage();
  }

  static final List<Member> MIXED_MEMBERS =
      List.of(
          new Member("exports/a.json", new String(TEXT, UTF_8)),
          new Member("exports/b.txt", new String(OTHER, UTF_8)),
          new Member("empty.txt", ""),
          new Member("c.json", new String(OTHER, UTF_8)));

  @Test
  void storedAndDeflatedMembersComeWithTheirNamesAndDirectoriesGiveNothing() throws IOException {
    assertEquals(MIXED_MEMBERS, members(List.of(zip(MIXED))));
  }

  @Test
  void anEmptyArchiveGivesNothing() throws IOException {
    byte[] empty = zip();
    assertEquals(22, empty.length);
    assertEquals(List.of(), members(List.of(empty)));
  }

  @Test
  void emptyInputFails() {
    assertEquals(
        "the zip input is empty: even an empty archive has an end record (22 bytes)",
        failure(new byte[0]));
  }

  @Test
  void theMembersAreTheSameHoweverTheInputIsSplit() throws IOException {
    byte[] archive = zip(MIXED);
    for (int cut = 0; cut <= archive.length; cut++) {
      assertEquals(MIXED_MEMBERS, members(Feeding.split(archive, cut)), "cut at " + cut);
    }
    assertEquals(MIXED_MEMBERS, members(Feeding.bytewise(archive)));
  }

  @Test
  void anArchiveCutShortAnywhereFails() throws IOException {
    byte[] archive = zip(MIXED);
    for (int length = 1; length < archive.length; length++) {
      String message = failure(Arrays.copyOf(archive, length));
      assertTrue(
          message.startsWith("the zip input is truncated: it ended after " + length + " bytes, "),
          message);
    }
    int aJson = 30 + "exports/".length();
    assertTrue(
        failure(Arrays.copyOf(archive, aJson + 10))
            .contains("inside the local header of zip member 2"));
    assertTrue(
        failure(Arrays.copyOf(archive, aJson + 30 + "exports/a.json".length() + 5))
            .contains(
                "inside the data of zip member 2 (\"exports/a.json\", at byte " + aJson + ")"));
    assertTrue(
        failure(Arrays.copyOf(archive, archive.length - 5))
            .contains("inside the central directory (all members were read)"));
  }

  @Test
  void bytesAfterTheEndRecordFail() throws IOException {
    byte[] archive = zip(MIXED);
    byte[] longer = Arrays.copyOf(archive, archive.length + 1);
    assertEquals(
        "unexpected bytes after the end of the zip archive, at byte "
            + archive.length
            + " of the input: the input holds more than one archive, or is corrupt",
        failure(longer));
  }

  @Test
  void inputThatIsNotZipFailsAtItsFirstBytes() {
    assertEquals(
        "the input is not a zip archive: a zip archive starts with the bytes 50 4b 03 04 (\"PK\","
            + " a member's local header) or 50 4b 05 06 (the end record of an empty archive), this"
            + " starts with 7b 22 69 64",
        failure("{\"id\":1}".getBytes(UTF_8)));
  }

  @Test
  void aWrongCrcFailsNamingTheMember() throws IOException {
    byte[] archive = zip(Entry.stored("a.txt", OTHER));
    archive[30 + "a.txt".length()] ^= 1;
    String message = failure(archive);
    assertTrue(
        message.startsWith(
            "zip member 1 (\"a.txt\", at byte 0) is corrupt: its header gives CRC-32 0x"),
        message);
  }

  @Test
  void aWrongCrcInADataDescriptorFails() throws IOException {
    byte[] archive = zip(Entry.deflated("a.txt", OTHER));
    int descriptor = indexOf(archive, new byte[] {'P', 'K', 7, 8});
    archive[descriptor + 4] ^= 1;
    String message = failure(archive);
    assertTrue(
        message.startsWith(
            "zip member 1 (\"a.txt\", at byte 0) is corrupt: its data descriptor gives CRC-32"),
        message);
  }

  @Test
  void aDataDescriptorWithoutItsSignatureIsRead() throws IOException {
    byte[] archive = zip(Entry.deflated("a.txt", OTHER), Entry.stored("b.txt", TEXT));
    int descriptor = indexOf(archive, new byte[] {'P', 'K', 7, 8});
    byte[] unsigned = new byte[archive.length - 4];
    System.arraycopy(archive, 0, unsigned, 0, descriptor);
    System.arraycopy(
        archive, descriptor + 4, unsigned, descriptor, archive.length - descriptor - 4);
    assertEquals(
        List.of(
            new Member("a.txt", new String(OTHER, UTF_8)),
            new Member("b.txt", new String(TEXT, UTF_8))),
        members(List.of(unsigned)));
  }

  @Test
  void encryptedMembersFail() throws IOException {
    byte[] archive = zip(Entry.deflated("secret.txt", OTHER));
    archive[6] |= 1;
    assertEquals(
        "zip member 1 (\"secret.txt\", at byte 0) is encrypted; encrypted members cannot be read"
            + " (there is no password support)",
        failure(archive));
  }

  @Test
  void otherMethodsFail() throws IOException {
    byte[] archive = zip(Entry.deflated("a.bz2", OTHER));
    archive[8] = 12;
    assertEquals(
        "zip member 1 (\"a.bz2\", at byte 0) is compressed with method 12 (bzip2); only stored (0)"
            + " and deflated (8) members can be read",
        failure(archive));
  }

  @Test
  void aStoredMemberWithADataDescriptorCannotBeStreamed() throws IOException {
    byte[] archive = zip(Entry.stored("a.txt", OTHER));
    archive[6] |= 8;
    String message = failure(archive);
    assertTrue(
        message.startsWith(
            "zip member 1 (\"a.txt\", at byte 0) is stored uncompressed with its length in a data"
                + " descriptor after its data"),
        message);
  }

  @Test
  void zip64LocalHeadersGiveTheSizes() {
    byte[] data = OTHER;
    CRC32 crc = new CRC32();
    crc.update(data);
    ByteArrayOutputStream archive = new ByteArrayOutputStream();
    byte[] name = "big.json".getBytes(UTF_8);
    le(archive, 0x04034b50L, 4);
    le(archive, 45, 2); // version needed: zip64
    le(archive, 0, 2); // flags
    le(archive, 0, 2); // stored
    le(archive, 0, 4); // time and date
    le(archive, crc.getValue(), 4);
    le(archive, 0xffffffffL, 4);
    le(archive, 0xffffffffL, 4);
    le(archive, name.length, 2);
    le(archive, 20, 2);
    archive.writeBytes(name);
    le(archive, 1, 2); // zip64 extra field: size, then compressed size
    le(archive, 16, 2);
    le(archive, data.length, 8);
    le(archive, data.length, 8);
    archive.writeBytes(data);
    le(archive, 0x06054b50L, 4); // an end record, enough to end the stream
    archive.writeBytes(new byte[18]);
    assertEquals(
        List.of(new Member("big.json", new String(data, UTF_8))),
        members(List.of(archive.toByteArray())));
  }

  static void le(ByteArrayOutputStream out, long value, int bytes) {
    for (int i = 0; i < bytes; i++) {
      out.write((int) (value >>> (8 * i)) & 0xff);
    }
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
  void aLargeMemberIsGivenInPiecesOnDemand() throws IOException {
    byte[] archive = zip(Entry.deflated("zeros", new byte[4 * MemberBody.PIECE]));
    HandFed body = new HandFed();
    DecodingStream<Buffer, ZipPart> parts = new DecodingStream<>(body, new ZipDecoder());
    List<ZipPart> got = new ArrayList<>();
    parts.pause().handler(got::add);
    parts.fetch(2);
    body.feed(Buffer.buffer(archive));
    assertEquals(2, got.size());
    assertInstanceOf(ZipPart.Start.class, got.get(0));
    assertEquals(MemberBody.PIECE, ((ZipPart.Data) got.get(1)).bytes().length());
    assertEquals(0, body.demand, "the chunk is not all decoded yet: no next chunk is asked for");
    parts.fetch(4);
    assertEquals(6, got.size());
    assertInstanceOf(ZipPart.End.class, got.get(5));
  }
}
