package flowcdk.common.stream;

import io.vertx.core.buffer.Buffer;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.ZipException;

/**
 * Decompresses gzip (RFC 1952) chunk by chunk: every member of a concatenated file, each checked
 * against its CRC-32 and size, in pieces of at most 64 KiB decoded on demand. Input that is not
 * gzip, bytes after a member that do not start another, and input that ends before a member does
 * are errors ({@link ZipException}s saying where).
 */
public final class GzipDecoder implements ChunkDecoder<Buffer, Buffer> {

  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;
  private static final int RESERVED = 0xe0;

  private enum State {
    FIXED_HEADER("header"),
    EXTRA_LENGTH("header"),
    EXTRA("header's extra field"),
    NAME("header's file name"),
    COMMENT("header's comment"),
    HEADER_CRC("header"),
    DATA("compressed data"),
    TRAILER("trailer (CRC-32 and size)"),
    BETWEEN_MEMBERS("");

    final String part;

    State(String part) {
      this.part = part;
    }
  }

  private final HeldInput input = new HeldInput();
  private final FieldBytes field = new FieldBytes(10);
  private final CRC32 headerCrc = new CRC32();
  private final MemberBody body = new MemberBody();
  private State state = State.FIXED_HEADER;
  private int flags;
  private int extraLeft;
  private int member = 1;
  private long memberStart;
  private boolean more;

  /** A decoder at the start of a gzip file. */
  public GzipDecoder() {
    field.expect(10);
  }

  @Override
  public void chunk(Buffer chunk, Consumer<? super Buffer> out) throws ZipException {
    input.add(chunk);
    more(out);
  }

  @Override
  public boolean hasMore() {
    return more;
  }

  @Override
  public void more(Consumer<? super Buffer> out) throws ZipException {
    try {
      more = advance(out);
    } catch (DataFormatException e) {
      ZipException error =
          new ZipException(
              "gzip member "
                  + member
                  + " has invalid compressed data ("
                  + e.getMessage()
                  + ") at about byte "
                  + input.offset()
                  + " of the input: the file is corrupt");
      error.initCause(e);
      throw error;
    }
  }

  /** Decodes until one piece is given (then true) or all held input is consumed (false). */
  private boolean advance(Consumer<? super Buffer> out) throws ZipException, DataFormatException {
    while (true) {
      switch (state) {
        case FIXED_HEADER -> {
          boolean complete = field.fill(input);
          checkMagic();
          if (!complete) {
            return false;
          }
          fixedHeader();
        }
        case EXTRA_LENGTH -> {
          if (!field.fill(input)) {
            return false;
          }
          headerCrc.update(field.array(), 0, 2);
          extraLeft = field.u16(0);
          state = State.EXTRA;
        }
        case EXTRA -> {
          int count = Math.min(extraLeft, input.available());
          headerCrc.update(input.array(), input.position(), count);
          input.skip(count);
          extraLeft -= count;
          if (extraLeft > 0) {
            return false;
          }
          state = afterExtra();
        }
        case NAME, COMMENT -> {
          if (!skipZeroTerminated()) {
            return false;
          }
          state = state == State.NAME ? afterName() : afterComment();
        }
        case HEADER_CRC -> {
          if (!field.fill(input)) {
            return false;
          }
          checkHeaderCrc();
          body.startDeflated();
          state = State.DATA;
        }
        case DATA -> {
          MemberBody.Step step = body.step(input, out);
          if (step == MemberBody.Step.PIECE) {
            return true;
          }
          if (step == MemberBody.Step.NEEDS_INPUT) {
            return false;
          }
          field.expect(8);
          state = State.TRAILER;
        }
        case TRAILER -> {
          if (!field.fill(input)) {
            return false;
          }
          checkTrailer();
          state = State.BETWEEN_MEMBERS;
        }
        case BETWEEN_MEMBERS -> {
          if (input.available() == 0) {
            return false;
          }
          member++;
          field.expect(10);
          state = State.FIXED_HEADER;
        }
      }
    }
  }

  /** Checks the magic bytes and method as soon as they arrive, so non-gzip input fails early. */
  private void checkMagic() throws ZipException {
    if (field.filled() == 0) {
      return;
    }
    memberStart = input.offset() - field.filled();
    boolean magic = field.u8(0) == 0x1f && (field.filled() < 2 || field.u8(1) == 0x8b);
    if (!magic) {
      String found = field.hex(2);
      throw new ZipException(
          member == 1
              ? "the input is not gzip data: gzip starts with the bytes 1f 8b, this starts with "
                  + found
                  + " (if it is already uncompressed, e.g. an HTTP body with Content-Encoding"
                  + " gzip, which the client decompresses, read it without Gzip.decompress)"
              : "unexpected bytes after gzip member "
                  + (member - 1)
                  + " at byte "
                  + memberStart
                  + " of the input: expected the end of the input or another member (1f 8b),"
                  + " found "
                  + found
                  + " (trailing garbage is an error, not ignored)");
    }
    if (field.filled() >= 3 && field.u8(2) != 8) {
      throw new ZipException(
          "gzip member "
              + member
              + " (at byte "
              + memberStart
              + ") uses compression method "
              + field.u8(2)
              + "; gzip members must use method 8 (deflate)");
    }
  }

  private void fixedHeader() throws ZipException {
    // FTEXT (bit 0) only hints that the data is text, and MTIME, XFL and OS describe the source.
    flags = field.u8(3);
    if ((flags & RESERVED) != 0) {
      throw new ZipException(
          String.format(
              "gzip member %d (at byte %d) sets reserved header flags 0x%02x, which RFC 1952"
                  + " leaves unused: the data is corrupt or not gzip",
              member, memberStart, flags & RESERVED));
    }
    headerCrc.reset();
    headerCrc.update(field.array(), 0, 10);
    if ((flags & FEXTRA) != 0) {
      field.expect(2);
      state = State.EXTRA_LENGTH;
    } else {
      state = afterExtra();
    }
  }

  private State afterExtra() {
    return (flags & FNAME) != 0 ? State.NAME : afterName();
  }

  private State afterName() {
    return (flags & FCOMMENT) != 0 ? State.COMMENT : afterComment();
  }

  private State afterComment() {
    if ((flags & FHCRC) != 0) {
      field.expect(2);
      return State.HEADER_CRC;
    }
    body.startDeflated();
    return State.DATA;
  }

  /** Skips a zero-terminated field (a name or comment: nothing the output needs). */
  private boolean skipZeroTerminated() {
    byte[] bytes = input.array();
    int from = input.position();
    int end = from + input.available();
    for (int i = from; i < end; i++) {
      if (bytes[i] == 0) {
        headerCrc.update(bytes, from, i + 1 - from);
        input.skip(i + 1 - from);
        return true;
      }
    }
    headerCrc.update(bytes, from, end - from);
    input.skip(end - from);
    return false;
  }

  private void checkHeaderCrc() throws ZipException {
    long expected = headerCrc.getValue() & 0xffff;
    if (field.u16(0) != expected) {
      throw new ZipException(
          String.format(
              "gzip member %d (at byte %d) is corrupt: its header's CRC-16 is 0x%04x, but the"
                  + " header's bytes give 0x%04x",
              member, memberStart, field.u16(0), expected));
    }
  }

  private void checkTrailer() throws ZipException {
    long crc = field.u32(0);
    long size = field.u32(4);
    if (crc != body.crc()) {
      throw new ZipException(
          String.format(
              "gzip member %d (at byte %d) is corrupt: its trailer gives CRC-32 0x%08x, but its"
                  + " %d bytes of data give 0x%08x",
              member, memberStart, crc, body.size(), body.crc()));
    }
    if (size != (body.size() & 0xffffffffL)) {
      throw new ZipException(
          String.format(
              "gzip member %d (at byte %d) is corrupt: its trailer gives its size (modulo 2^32)"
                  + " as %d bytes, but it inflated to %d",
              member, memberStart, size, body.size()));
    }
  }

  @Override
  public void end(Consumer<? super Buffer> out) throws ZipException {
    body.close();
    if (state == State.BETWEEN_MEMBERS) {
      return;
    }
    if (state == State.FIXED_HEADER && field.filled() == 0 && member == 1) {
      throw new ZipException(
          "the gzip input is empty: expected a gzip header (starting with the bytes 1f 8b)");
    }
    throw new ZipException(
        "the gzip input is truncated: it ended after "
            + input.received()
            + " bytes, inside the "
            + state.part
            + " of member "
            + member
            + (state == State.DATA ? " (" + body.size() + " bytes inflated so far)" : "")
            + "; the download was probably cut short");
  }
}
