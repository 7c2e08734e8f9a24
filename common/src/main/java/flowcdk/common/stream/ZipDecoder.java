package flowcdk.common.stream;

import io.vertx.core.buffer.Buffer;
import java.util.function.Consumer;
import java.util.zip.DataFormatException;
import java.util.zip.ZipException;

/**
 * Reads a zip archive front to back, chunk by chunk, as {@link ZipPart}s: each member's local
 * header, then its data (stored, or deflated with its sizes in the header or in a data descriptor
 * after it), checked against its CRC-32 and sizes; directories give nothing. At the central
 * directory the members are over: the rest is only checked to be a well-formed central directory
 * and end record, so input cut short anywhere fails. Data comes in pieces of at most 64 KiB,
 * decoded on demand.
 *
 * <p>What a streaming reader cannot do is a {@link ZipException} naming the member: encrypted
 * members, methods other than stored and deflate, and stored members with a data descriptor (their
 * end is known only from the central directory).
 */
public final class ZipDecoder implements ChunkDecoder<Buffer, ZipPart> {

  private static final long LOCAL_HEADER = 0x04034b50L;
  private static final long DATA_DESCRIPTOR = 0x08074b50L;
  private static final long CENTRAL_HEADER = 0x02014b50L;
  private static final long DIGITAL_SIGNATURE = 0x05054b50L;
  private static final long ZIP64_END = 0x06064b50L;
  private static final long ZIP64_LOCATOR = 0x07064b50L;
  private static final long END = 0x06054b50L;
  private static final long ZIP32_LIMIT = 0xffffffffL;

  private enum State {
    SIGNATURE,
    LOCAL_HEADER,
    NAME_AND_EXTRA,
    DATA,
    DESCRIPTOR_START,
    DESCRIPTOR_REST,
    CENTRAL_HEADER,
    DIGITAL_SIGNATURE,
    ZIP64_END_SIZE,
    SKIP,
    END_RECORD,
    DONE
  }

  private final HeldInput input = new HeldInput();
  private final FieldBytes field = new FieldBytes(42);
  private final FieldBytes nameAndExtra = new FieldBytes(256);
  private final MemberBody body = new MemberBody();
  private State state = State.SIGNATURE;
  private boolean central;
  private long recordStart;
  private int members;
  private ZipLocalHeader member;
  private long descriptorCrc;
  private boolean descriptorCrcRead;
  private long skipLeft;
  private State afterSkip;
  private boolean more;

  /** A decoder at the start of a zip archive. */
  public ZipDecoder() {
    field.expect(4);
  }

  @Override
  public void chunk(Buffer chunk, Consumer<? super ZipPart> out) throws ZipException {
    input.add(chunk);
    more(out);
  }

  @Override
  public boolean hasMore() {
    return more;
  }

  @Override
  public void more(Consumer<? super ZipPart> out) throws ZipException {
    try {
      more = advance(out);
    } catch (DataFormatException e) {
      ZipException error =
          new ZipException(
              member.describe()
                  + " has invalid deflate data ("
                  + e.getMessage()
                  + ") at about byte "
                  + input.offset()
                  + " of the input: the archive is corrupt");
      error.initCause(e);
      throw error;
    }
  }

  /** Reads until one piece of data is given (then true) or all held input is consumed (false). */
  private boolean advance(Consumer<? super ZipPart> out) throws ZipException, DataFormatException {
    while (true) {
      switch (state) {
        case SIGNATURE -> {
          if (field.filled() == 0) {
            recordStart = input.offset();
          }
          boolean complete = field.fill(input);
          checkSignaturePrefix();
          if (!complete) {
            return false;
          }
          signature(field.u32(0));
        }
        case LOCAL_HEADER -> {
          if (!field.fill(input)) {
            return false;
          }
          nameAndExtra.expect(field.u16(22) + field.u16(24));
          state = State.NAME_AND_EXTRA;
        }
        case NAME_AND_EXTRA -> {
          if (!nameAndExtra.fill(input)) {
            return false;
          }
          startMember(out);
        }
        case DATA -> {
          MemberBody.Step step = body.step(input, piece -> give(piece, out));
          if (step == MemberBody.Step.PIECE && !member.directory()) {
            return true;
          }
          if (step == MemberBody.Step.NEEDS_INPUT) {
            return false;
          }
          if (step == MemberBody.Step.DONE) {
            dataDone(out);
          }
        }
        case DESCRIPTOR_START -> {
          if (!field.fill(input)) {
            return false;
          }
          // The descriptor's signature is optional: without it, these four bytes are the CRC-32.
          descriptorCrcRead = field.u32(0) != DATA_DESCRIPTOR;
          descriptorCrc = field.u32(0);
          int sizes = descriptorSizesWide() ? 16 : 8;
          field.expect(descriptorCrcRead ? sizes : 4 + sizes);
          state = State.DESCRIPTOR_REST;
        }
        case DESCRIPTOR_REST -> {
          if (!field.fill(input)) {
            return false;
          }
          descriptor(out);
        }
        case CENTRAL_HEADER -> {
          if (!field.fill(input)) {
            return false;
          }
          skip((long) field.u16(24) + field.u16(26) + field.u16(28), State.SIGNATURE);
        }
        case DIGITAL_SIGNATURE -> {
          if (!field.fill(input)) {
            return false;
          }
          skip(field.u16(0), State.SIGNATURE);
        }
        case ZIP64_END_SIZE -> {
          if (!field.fill(input)) {
            return false;
          }
          skip(field.u64(0), State.SIGNATURE);
        }
        case SKIP -> {
          int count = (int) Math.min(skipLeft, input.available());
          input.skip(count);
          skipLeft -= count;
          if (skipLeft > 0) {
            return false;
          }
          state = afterSkip;
          field.expect(4);
        }
        case END_RECORD -> {
          if (!field.fill(input)) {
            return false;
          }
          skip(field.u16(16), State.DONE);
        }
        case DONE -> {
          if (input.available() == 0) {
            return false;
          }
          throw new ZipException(
              "unexpected bytes after the end of the zip archive, at byte "
                  + input.offset()
                  + " of the input: the input holds more than one archive, or is corrupt");
        }
      }
    }
  }

  /** Fails on the first byte that cannot start a record, so non-zip input fails early. */
  private void checkSignaturePrefix() throws ZipException {
    boolean prefix =
        (field.filled() < 1 || field.u8(0) == 'P') && (field.filled() < 2 || field.u8(1) == 'K');
    if (!prefix) {
      throw unexpectedRecord();
    }
  }

  private void signature(long signature) throws ZipException {
    if (signature == LOCAL_HEADER && !central) {
      members++;
      field.expect(ZipLocalHeader.FIXED);
      state = State.LOCAL_HEADER;
      return;
    }
    if (signature == END) {
      field.expect(18);
      state = State.END_RECORD;
      return;
    }
    if (signature == CENTRAL_HEADER
        || signature == ZIP64_END
        || signature == ZIP64_LOCATOR
        || signature == DIGITAL_SIGNATURE) {
      // The members are over; what follows describes them again, and is only checked for its form.
      central = true;
      if (signature == CENTRAL_HEADER) {
        field.expect(42);
        state = State.CENTRAL_HEADER;
      } else if (signature == ZIP64_END) {
        field.expect(8);
        state = State.ZIP64_END_SIZE;
      } else if (signature == ZIP64_LOCATOR) {
        skip(16, State.SIGNATURE);
      } else {
        field.expect(2);
        state = State.DIGITAL_SIGNATURE;
      }
      return;
    }
    throw unexpectedRecord();
  }

  private ZipException unexpectedRecord() {
    String found = field.hex(4);
    if (recordStart == 0) {
      return new ZipException(
          "the input is not a zip archive: a zip archive starts with the bytes 50 4b 03 04"
              + " (\"PK\", a member's local header) or 50 4b 05 06 (the end record of an empty"
              + " archive), this starts with "
              + found);
    }
    return new ZipException(
        "unexpected bytes at byte "
            + recordStart
            + " of the zip input, "
            + (central
                ? "in the central directory: expected another of its records (50 4b 01 02) or"
                    + " the end record (50 4b 05 06)"
                : "after "
                    + member.describe()
                    + ": expected another member's local header"
                    + " (50 4b 03 04) or the central directory (50 4b 01 02)")
            + ", found "
            + found
            + "; the archive is corrupt");
  }

  private void startMember(Consumer<? super ZipPart> out) throws ZipException {
    member = ZipLocalHeader.read(members, recordStart, field, nameAndExtra);
    if (member.deflated()) {
      body.startDeflated();
    } else {
      body.startStored(member.compressedSize());
    }
    if (!member.directory()) {
      out.accept(new ZipPart.Start(member.name()));
    }
    state = State.DATA;
  }

  private void give(Buffer piece, Consumer<? super ZipPart> out) {
    if (!member.directory()) {
      out.accept(new ZipPart.Data(piece));
    }
  }

  private void dataDone(Consumer<? super ZipPart> out) throws ZipException {
    if (member.descriptor()) {
      field.expect(4);
      state = State.DESCRIPTOR_START;
      return;
    }
    check(member.crc(), member.compressedSize(), member.size(), "header");
    memberDone(out);
  }

  /** Whether the descriptor's sizes are 8 bytes each (zip64), as java.util.zip decides it. */
  private boolean descriptorSizesWide() {
    return member.zip64() || body.compressedSize() >= ZIP32_LIMIT || body.size() >= ZIP32_LIMIT;
  }

  private void descriptor(Consumer<? super ZipPart> out) throws ZipException {
    int at = 0;
    if (!descriptorCrcRead) {
      descriptorCrc = field.u32(0);
      at = 4;
    }
    boolean wide = descriptorSizesWide();
    long compressedSize = wide ? field.u64(at) : field.u32(at);
    long size = wide ? field.u64(at + 8) : field.u32(at + 4);
    check(descriptorCrc, compressedSize, size, "data descriptor");
    memberDone(out);
  }

  private void check(long crc, long compressedSize, long size, String where) throws ZipException {
    if (crc != body.crc()) {
      throw new ZipException(
          String.format(
              "%s is corrupt: its %s gives CRC-32 0x%08x, but its %d bytes of data give 0x%08x",
              member.describe(), where, crc, body.size(), body.crc()));
    }
    if (compressedSize != body.compressedSize() || size != body.size()) {
      throw new ZipException(
          String.format(
              "%s is corrupt: its %s gives %d bytes compressed to %d, but its data was %d bytes"
                  + " compressed to %d",
              member.describe(), where, size, compressedSize, body.size(), body.compressedSize()));
    }
  }

  private void memberDone(Consumer<? super ZipPart> out) {
    if (!member.directory()) {
      out.accept(new ZipPart.End(member.name()));
    }
    field.expect(4);
    state = State.SIGNATURE;
  }

  private void skip(long count, State next) {
    skipLeft = count;
    afterSkip = next;
    state = State.SKIP;
  }

  @Override
  public void end(Consumer<? super ZipPart> out) throws ZipException {
    body.close();
    if (state == State.DONE) {
      return;
    }
    if (input.received() == 0) {
      throw new ZipException(
          "the zip input is empty: even an empty archive has an end record (22 bytes)");
    }
    throw new ZipException(
        "the zip input is truncated: it ended after "
            + input.received()
            + " bytes, "
            + where()
            + "; the download was probably cut short");
  }

  private String where() {
    return switch (state) {
      case SIGNATURE, SKIP, CENTRAL_HEADER, DIGITAL_SIGNATURE, ZIP64_END_SIZE, END_RECORD ->
          central
              ? "inside the central directory (all members were read)"
              : members == 0
                  ? "before the first member"
                  : "after " + member.describe() + ", before the central directory";
      case LOCAL_HEADER, NAME_AND_EXTRA -> "inside the local header of zip member " + members;
      case DATA ->
          "inside the data of " + member.describe() + " (" + body.size() + " bytes read so far)";
      case DESCRIPTOR_START, DESCRIPTOR_REST ->
          "inside the data descriptor of " + member.describe();
      case DONE -> "";
    };
  }
}
