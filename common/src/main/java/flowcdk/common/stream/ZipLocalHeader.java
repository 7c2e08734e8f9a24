package flowcdk.common.stream;

import java.nio.charset.StandardCharsets;
import java.util.zip.ZipException;

/**
 * A zip member's local header: what a streaming reader knows of the member before its data.
 *
 * @param index the member's position in the archive, from 1 (directories count)
 * @param offset where the header starts in the input
 * @param name the member's name, as UTF-8 (what most writers use, flagged or not)
 * @param deflated whether the data is raw deflate (else stored)
 * @param descriptor whether the CRC-32 and sizes follow the data (flag bit 3) instead of being here
 * @param zip64 whether a zip64 extra field is present (a data descriptor then has 8-byte sizes)
 * @param crc the data's CRC-32, unless in a descriptor
 * @param compressedSize the data's length in the archive, unless in a descriptor
 * @param size the data's length once inflated, unless in a descriptor
 */
record ZipLocalHeader(
    int index,
    long offset,
    String name,
    boolean deflated,
    boolean descriptor,
    boolean zip64,
    long crc,
    long compressedSize,
    long size) {

  /** The length of the header after its signature, before the name and extra field. */
  static final int FIXED = 26;

  private static final long ZIP64_MAGIC = 0xffffffffL;
  private static final int ENCRYPTED = 1;
  private static final int DATA_DESCRIPTOR = 8;
  private static final int STRONG_ENCRYPTION = 64;
  private static final int ZIP64_EXTRA = 1;

  /** Whether the member is a directory, which has no data worth giving. */
  boolean directory() {
    return name.endsWith("/");
  }

  /** The member, named for messages. */
  String describe() {
    return describe(index, name, offset);
  }

  private static String describe(int index, String name, long offset) {
    return "zip member " + index + " (\"" + name + "\", at byte " + offset + ")";
  }

  /**
   * Reads a header from its {@link #FIXED} bytes and its name and extra field.
   *
   * @throws ZipException if the member cannot be read while streaming: encrypted, compressed by a
   *     method other than deflate, stored with a data descriptor, or with zip64 sizes missing
   */
  static ZipLocalHeader read(int index, long offset, FieldBytes fixed, FieldBytes nameAndExtra)
      throws ZipException {
    int flags = fixed.u16(2);
    int method = fixed.u16(4);
    int nameLength = fixed.u16(22);
    int extraLength = fixed.u16(24);
    String name = new String(nameAndExtra.array(), 0, nameLength, StandardCharsets.UTF_8);
    String member = describe(index, name, offset);
    if ((flags & (ENCRYPTED | STRONG_ENCRYPTION)) != 0) {
      throw new ZipException(
          member
              + " is encrypted; encrypted members cannot be read (there is no password support)");
    }
    if (method != 0 && method != 8) {
      throw new ZipException(
          member
              + " is compressed with method "
              + method
              + methodName(method)
              + "; only stored (0) and deflated (8) members can be read");
    }
    boolean descriptor = (flags & DATA_DESCRIPTOR) != 0;
    if (descriptor && method == 0) {
      throw new ZipException(
          member
              + " is stored uncompressed with its length in a data descriptor after its data:"
              + " where its data ends is only known from the central directory at the end of the"
              + " archive, so it cannot be read as a stream (download the archive and read it with"
              + " java.util.zip.ZipFile, or have it written with deflate)");
    }
    long compressedSize = fixed.u32(14);
    long size = fixed.u32(18);
    boolean zip64 = false;
    int at = nameLength;
    int end = nameLength + extraLength;
    while (at + 4 <= end) {
      int id = nameAndExtra.u16(at);
      int length = nameAndExtra.u16(at + 2);
      if (id == ZIP64_EXTRA) {
        zip64 = true;
        // The local header's zip64 field holds both sizes, uncompressed first; a short one holds
        // only those whose 32-bit field is 0xffffffff, in the same order.
        int field = at + 4;
        int fieldEnd = Math.min(at + 4 + length, end);
        boolean both = length >= 16;
        if (both || size == ZIP64_MAGIC) {
          if (field + 8 > fieldEnd) {
            throw zip64Missing(member);
          }
          size = size == ZIP64_MAGIC ? nameAndExtra.u64(field) : size;
          field += 8;
        }
        if (both || compressedSize == ZIP64_MAGIC) {
          if (field + 8 > fieldEnd) {
            throw zip64Missing(member);
          }
          compressedSize = compressedSize == ZIP64_MAGIC ? nameAndExtra.u64(field) : compressedSize;
        }
      }
      at += 4 + length;
    }
    if (!descriptor && !zip64 && (size == ZIP64_MAGIC || compressedSize == ZIP64_MAGIC)) {
      throw zip64Missing(member);
    }
    return new ZipLocalHeader(
        index, offset, name, method == 8, descriptor, zip64, fixed.u32(10), compressedSize, size);
  }

  private static ZipException zip64Missing(String member) {
    return new ZipException(
        member
            + " gives its sizes as 0xffffffff (zip64) but its header has no zip64 extra field"
            + " holding them: the archive is corrupt");
  }

  private static String methodName(int method) {
    return switch (method) {
      case 9 -> " (Deflate64)";
      case 12 -> " (bzip2)";
      case 14 -> " (LZMA)";
      case 93 -> " (Zstandard)";
      case 95 -> " (XZ)";
      case 99 -> " (AES encryption)";
      default -> "";
    };
  }
}
