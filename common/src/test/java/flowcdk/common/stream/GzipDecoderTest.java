package flowcdk.common.stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

/** Gzip decoded chunk by chunk: members, headers, checks, truncation and demand. */
class GzipDecoderTest {

  static final byte[] TEXT = text(400, 1);
  static final byte[] OTHER = text(50, 7);

  /** {@code lines} lines of varied text, so the deflate data has several kinds of blocks. */
  static byte[] text(int lines, int seed) {
    StringBuilder text = new StringBuilder();
    long x = seed;
    for (int i = 0; i < lines; i++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      text.append("{\"id\":")
          .append(i)
          .append(",\"v\":\"")
          .append(Long.toHexString(x))
          .append("\"}\n");
    }
    return text.toString().getBytes(UTF_8);
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(data);
    }
    return bytes.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }

  static byte[] deflateRaw(byte[] data) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    deflater.setInput(data);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }

  static void le32(ByteArrayOutputStream out, long value) {
    for (int i = 0; i < 4; i++) {
      out.write((int) (value >>> (8 * i)) & 0xff);
    }
  }

  /**
   * A member built by hand with every optional header field: FTEXT, FEXTRA, FNAME, FCOMMENT, FHCRC.
   */
  static byte[] fullHeaderMember(byte[] data) {
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    header.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0x1f, 1, 2, 3, 4, 0, 3});
    byte[] extra = {'A', 'p', 2, 0, 'x', 'y'};
    header.write(extra.length);
    header.write(0);
    header.writeBytes(extra);
    header.writeBytes("data.json\0".getBytes(UTF_8));
    header.writeBytes("made by hand\0".getBytes(UTF_8));
    CRC32 headerCrc = new CRC32();
    headerCrc.update(header.toByteArray());
    int crc16 = (int) headerCrc.getValue() & 0xffff;
    header.write(crc16 & 0xff);
    header.write(crc16 >>> 8);
    header.writeBytes(deflateRaw(data));
    CRC32 crc = new CRC32();
    crc.update(data);
    le32(header, crc.getValue());
    le32(header, data.length);
    return header.toByteArray();
  }

  static Feeding<Buffer> decode(List<byte[]> chunks) {
    return Feeding.run(body -> new DecodingStream<>(body, new GzipDecoder()), chunks);
  }

  static Feeding<Buffer> decode(byte[] whole) {
    return decode(List.of(whole));
  }

  static byte[] decoded(List<byte[]> chunks) {
    Feeding<Buffer> feeding = decode(chunks);
    assertNull(feeding.failure);
    assertTrue(feeding.ended);
    return feeding.bytes();
  }

  static String failure(byte[] input) {
    Feeding<Buffer> feeding = decode(input);
    assertFalse(feeding.ended, "the stream must not end");
    assertInstanceOf(ZipException.class, feeding.failure);
    return feeding.failure.getMessage();
  }

  @Test
  void aSingleMemberDecompresses() throws IOException {
    assertArrayEquals(TEXT, decoded(List.of(gzip(TEXT))));
  }

  @Test
  void everyMemberOfAConcatenatedFileDecompresses() throws IOException {
    byte[] file = concat(gzip(TEXT), gzip(OTHER), gzip(new byte[0]), fullHeaderMember(OTHER));
    assertArrayEquals(concat(TEXT, OTHER, OTHER), decoded(List.of(file)));
  }

  @Test
  void optionalHeaderFieldsAreSkippedAndTheHeaderCrcChecked() {
    byte[] member = fullHeaderMember(TEXT);
    assertArrayEquals(TEXT, decoded(List.of(member)));
    assertArrayEquals(TEXT, decoded(Feeding.bytewise(member)));

    byte[] badHeaderCrc = member.clone();
    int crcAt = 10 + 2 + 6 + "data.json\0made by hand\0".length();
    badHeaderCrc[crcAt] ^= 1;
    String message = failure(badHeaderCrc);
    assertTrue(
        message.startsWith("gzip member 1 (at byte 0) is corrupt: its header's CRC-16"), message);
  }

  @Test
  void emptyChunksAreSkippedAndOutputPiecesAreNeverEmpty() throws IOException {
    byte[] file = gzip(TEXT);
    Feeding<Buffer> feeding =
        decode(
            List.of(
                new byte[0],
                Arrays.copyOfRange(file, 0, 5),
                new byte[0],
                new byte[0],
                Arrays.copyOfRange(file, 5, file.length),
                new byte[0]));
    assertTrue(feeding.ended);
    assertArrayEquals(TEXT, feeding.bytes());
    feeding.items.forEach(piece -> assertTrue(piece.length() > 0));
  }

  @Test
  void emptyInputFails() {
    assertEquals(
        "the gzip input is empty: expected a gzip header (starting with the bytes 1f 8b)",
        failure(new byte[0]));
  }

  @Test
  void inputCutShortAtAnyByteFailsNamingWhereItEnded() throws IOException {
    byte[] file = concat(fullHeaderMember(OTHER), gzip(OTHER));
    for (int length = 1; length < file.length; length++) {
      if (length == fullHeaderMember(OTHER).length) {
        continue; // a whole first member: a complete file
      }
      String message = failure(Arrays.copyOf(file, length));
      assertTrue(
          message.startsWith("the gzip input is truncated: it ended after " + length + " bytes"),
          message);
    }
    int first = fullHeaderMember(OTHER).length;
    assertTrue(failure(Arrays.copyOf(file, 3)).contains("inside the header of member 1"));
    assertTrue(
        failure(Arrays.copyOf(file, 14)).contains("inside the header's extra field of member 1"));
    assertTrue(
        failure(Arrays.copyOf(file, 22)).contains("inside the header's file name of member 1"));
    assertTrue(
        failure(Arrays.copyOf(file, 30)).contains("inside the header's comment of member 1"));
    assertTrue(
        failure(Arrays.copyOf(file, first - 10))
            .contains("inside the compressed data of member 1 ("));
    assertTrue(
        failure(Arrays.copyOf(file, first - 3))
            .contains("inside the trailer (CRC-32 and size) of member 1"));
    assertTrue(failure(Arrays.copyOf(file, first + 4)).contains("inside the header of member 2"));
  }

  @Test
  void aWrongCrcOrSizeInTheTrailerFails() throws IOException {
    byte[] file = gzip(TEXT);
    byte[] badCrc = file.clone();
    badCrc[file.length - 8] ^= 1;
    assertTrue(
        failure(badCrc)
            .startsWith("gzip member 1 (at byte 0) is corrupt: its trailer gives CRC-32"),
        failure(badCrc));
    byte[] badSize = file.clone();
    badSize[file.length - 4] ^= 1;
    assertEquals(
        "gzip member 1 (at byte 0) is corrupt: its trailer gives its size (modulo 2^32) as "
            + (TEXT.length ^ 1)
            + " bytes, but it inflated to "
            + TEXT.length,
        failure(badSize));
  }

  @Test
  void invalidDeflateDataFails() throws IOException {
    byte[] file = gzip(TEXT);
    byte[] bad = file.clone();
    bad[10] = (byte) 0xff; // block type 3, which does not exist
    String message = failure(bad);
    assertTrue(message.startsWith("gzip member 1 has invalid compressed data ("), message);
  }

  @Test
  void inputThatIsNotGzipFailsAtItsFirstBytes() {
    assertEquals(
        "the input is not gzip data: gzip starts with the bytes 1f 8b, this starts with 7b 22 (if it"
            + " is already uncompressed, e.g. an HTTP body with Content-Encoding gzip, which the"
            + " client decompresses, read it without Gzip.decompress)",
        failure("{\"id\":1}".getBytes(UTF_8)));
    Feeding<Buffer> oneByte = decode(List.of(new byte[] {'{'}, new byte[] {'"'}));
    assertTrue(
        oneByte
            .failure
            .getMessage()
            .endsWith(
                "this starts with 7b (if it is already"
                    + " uncompressed, e.g. an HTTP body with Content-Encoding gzip, which the client"
                    + " decompresses, read it without Gzip.decompress)"),
        "fails at the first byte");
  }

  @Test
  void anotherMethodOrReservedFlagsFail() throws IOException {
    byte[] file = gzip(TEXT);
    byte[] method = file.clone();
    method[2] = 7;
    assertEquals(
        "gzip member 1 (at byte 0) uses compression method 7; gzip members must use method 8"
            + " (deflate)",
        failure(method));
    byte[] reserved = file.clone();
    reserved[3] = (byte) 0x20;
    assertEquals(
        "gzip member 1 (at byte 0) sets reserved header flags 0x20, which RFC 1952 leaves unused:"
            + " the data is corrupt or not gzip",
        failure(reserved));
  }

  @Test
  void bytesAfterAMemberThatDoNotStartAnotherFail() throws IOException {
    byte[] member = gzip(TEXT);
    assertEquals(
        "unexpected bytes after gzip member 1 at byte "
            + member.length
            + " of the input: expected the end of the input or another member (1f 8b), found 00 00"
            + " (trailing garbage is an error, not ignored)",
        failure(concat(member, new byte[] {0, 0, 0, 0})));
  }

  @Test
  void theOutputIsTheSameHoweverTheInputIsSplit() throws IOException {
    byte[] file = concat(fullHeaderMember(OTHER), gzip(TEXT));
    byte[] expected = concat(OTHER, TEXT);
    for (int cut = 0; cut <= file.length; cut++) {
      assertArrayEquals(expected, decoded(Feeding.split(file, cut)), "cut at " + cut);
    }
    assertArrayEquals(expected, decoded(Feeding.bytewise(file)));
  }

  @Test
  void aChunkThatInflatesALotIsGivenInPiecesOnDemand() throws IOException {
    byte[] zeros = new byte[20 * MemberBody.PIECE + 5];
    byte[] file = gzip(zeros);
    HandFed body = new HandFed();
    DecodingStream<Buffer, Buffer> stream = new DecodingStream<>(body, new GzipDecoder());
    List<Buffer> pieces = new java.util.ArrayList<>();
    boolean[] ended = {false};
    stream.pause().handler(pieces::add).endHandler(v -> ended[0] = true);
    stream.fetch(1);
    body.feed(Buffer.buffer(file));
    assertEquals(1, pieces.size());
    assertEquals(MemberBody.PIECE, pieces.get(0).length());
    assertEquals(0, body.demand, "the chunk is not all decoded yet: no next chunk is asked for");
    stream.fetch(19);
    assertEquals(20, pieces.size());
    assertEquals(0, body.demand);
    stream.fetch(5);
    assertEquals(21, pieces.size(), "the last piece, then the trailer; no more pieces");
    assertEquals(5, pieces.get(20).length());
    assertEquals(1, body.demand, "all decoded: the next chunk is asked for");
    body.end();
    assertTrue(ended[0]);
  }

  @Test
  void theEndWaitsForHeldInputToBeDecoded() throws IOException {
    byte[] file = gzip(new byte[3 * MemberBody.PIECE]);
    HandFed body = new HandFed();
    DecodingStream<Buffer, Buffer> stream = new DecodingStream<>(body, new GzipDecoder());
    List<Buffer> pieces = new java.util.ArrayList<>();
    boolean[] ended = {false};
    stream.pause().handler(pieces::add).endHandler(v -> ended[0] = true);
    stream.fetch(1);
    body.feed(Buffer.buffer(file));
    body.end(); // a source may end while paused
    assertFalse(ended[0]);
    stream.fetch(1);
    assertFalse(ended[0]);
    stream.resume();
    assertEquals(3, pieces.size());
    assertTrue(ended[0]);
  }
}
