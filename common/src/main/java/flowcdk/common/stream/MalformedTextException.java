package flowcdk.common.stream;

/** Bytes that are not text in the expected charset, at a known offset of the input. */
public final class MalformedTextException extends Exception {

  private static final long serialVersionUID = 1L;

  private final long offset;

  /** Bytes at {@code offset} (from the start of the input) are wrong, as {@code message} says. */
  public MalformedTextException(long offset, String message) {
    super(message);
    this.offset = offset;
  }

  /** The offset of the first bad byte, from the start of the input. */
  public long offset() {
    return offset;
  }
}
