package flowcdk.common.stream;

/**
 * A CSV body could not be read, as the message says in full. The author API turns it into its
 * {@code CsvException} (with the same message and cause): this package depends on no author package
 * (the author package builds on it, and package cycles are not allowed), so it cannot throw that
 * exception itself.
 */
public final class CsvFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}. */
  public CsvFailure(String message) {
    super(message);
  }

  /** A failure described by {@code message}, caused by {@code cause}. */
  public CsvFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
