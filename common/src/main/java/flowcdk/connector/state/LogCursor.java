package flowcdk.connector.state;

import java.time.Instant;
import java.util.Objects;

/**
 * A position in a source's change log: where incremental replication stands, or a backfill's
 * cutoff. Exactly one of three kinds, with the Python CDK's JSON forms:
 *
 * <ul>
 *   <li>{@link At}: a point in time, an RFC 3339 string ({@code "2024-05-01T12:00:00Z"});
 *   <li>{@link Offset}: a non-negative integer log offset ({@code 1234});
 *   <li>{@link Token}: an opaque token, a one-element array ({@code ["abc"]} or {@code [7]}); a
 *       bare string is not allowed because it would be ambiguous with a point in time.
 * </ul>
 */
public sealed interface LogCursor permits LogCursor.At, LogCursor.Offset, LogCursor.Token {

  /** A point in time. */
  record At(Instant instant) implements LogCursor {
    /** Checks the instant. */
    public At {
      Objects.requireNonNull(instant, "instant");
    }

    @Override
    public String toString() {
      return instant.toString();
    }
  }

  /** A non-negative integer offset. */
  record Offset(long value) implements LogCursor {
    /** Checks the value. */
    public Offset {
      if (value < 0) {
        throw new IllegalArgumentException("a log offset is non-negative, got " + value);
      }
    }

    @Override
    public String toString() {
      return Long.toString(value);
    }
  }

  /** An opaque token: a {@code String} or a {@code Long}. */
  record Token(Object value) implements LogCursor {
    /** Checks the value is a string or a long. */
    public Token {
      if (!(value instanceof String || value instanceof Long)) {
        throw new IllegalArgumentException("a cursor token is a String or a Long, got " + value);
      }
    }

    @Override
    public String toString() {
      return "(" + (value instanceof String s ? "'" + s + "'" : value) + ",)";
    }
  }

  /** A point-in-time cursor. */
  static LogCursor at(Instant instant) {
    return new At(instant);
  }

  /** An offset cursor. */
  static LogCursor offset(long value) {
    return new Offset(value);
  }

  /** A token cursor. */
  static LogCursor token(String value) {
    return new Token(value);
  }
}
