package flowcdk.connector.stream;

/**
 * Streamed JSON could not be read: it is malformed, it ended in the middle of a value (a truncated
 * body), an item is not a valid value of its model, or the remainder is not a valid value of the
 * model it was decoded with. A {@link JsonItemStream} fails with it (after the items before the
 * problem, see {@link JsonItems}), a {@link JsonItemIterator} throws it.
 *
 * <p>The message says what is wrong and where: the item's index and JSON pointer, the line and
 * column, and the model's problems with their pointers inside the item, for example:
 *
 * <pre>
 * item 3 at /records/3 (line 1, column 58) is not a valid Record: /id: expected an integer from
 * -9223372036854775808 to 9223372036854775807, found a string "x"
 * </pre>
 *
 * The cause is the parser's exception for malformed or truncated input, or the {@link
 * flowcdk.runtime.codec.DecodeException} listing every problem of an invalid item or remainder.
 */
public final class JsonStreamException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}, caused by {@code cause} (may be {@code null}). */
  public JsonStreamException(String message, Throwable cause) {
    super(message, cause);
  }
}
