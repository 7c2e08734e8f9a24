package flowcdk.connector.stream;

import flowcdk.runtime.task.ExpectedFailure;

/**
 * A CSV body could not be read: its bytes are not valid in the format's charset, its quoting is
 * malformed, a row has the wrong number of columns, or a row does not decode into the model. The
 * message says which, and where; it is one of:
 *
 * <ul>
 *   <li>{@code Failed to parse CSV data: <what, with its line>. CSV reader configuration:
 *       delimiter=',', quotechar='"', ...} (the settings as {@link CsvFormat#toString()} lists
 *       them), for malformed quoting, as in the Python CDK;
 *   <li>{@code Failed to decode CSV data: <which bytes, at which offset>. CSV reader configuration:
 *       ...}, for bytes the charset cannot decode (the Python CDK lets Python's own decoding error
 *       through instead);
 *   <li>{@code CSV row <n> has <actual> columns but <expected> were expected.}, exactly as in the
 *       Python CDK, with {@code <n>} the number of the physical line the row ends on;
 *   <li>{@code CSV row <n> does not decode into <Model> (pointers name columns): ...} followed by
 *       every problem of the row, each with its column as a JSON pointer; the cause is then the
 *       {@link flowcdk.runtime.codec.DecodeException} with the problems.
 * </ul>
 *
 * <p>Like the other data failures of the kit, it fails the capture with its message alone (no stack
 * trace).
 */
public final class CsvException extends RuntimeException implements ExpectedFailure {

  private static final long serialVersionUID = 1L;

  /** An exception described by {@code message}. */
  public CsvException(String message) {
    super(message);
  }

  /** An exception described by {@code message}, caused by {@code cause}. */
  public CsvException(String message, Throwable cause) {
    super(message, cause);
  }
}
