package flowcdk.example.api;

import flowcdk.connector.ActionableException;
import flowcdk.connector.state.LogCursor;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Values of cursor and key columns, between three forms: the JDBC value (read from a row, bound to
 * a statement), the incremental {@link LogCursor} kept in the state, and the JSON of a backfill's
 * page cursor. Only {@linkplain ColumnType#keyable() keyable} types appear here.
 *
 * <p>Cursors: dates and timestamps are points in time ({@code "2024-05-01T12:00:00Z"}); integers,
 * numerics, strings and UUIDs are string tokens ({@code ["42"]}, {@code ["9.50"]}). Integers are
 * not offsets, which cannot be negative, nor integer tokens, which the Python CDK's cursor check
 * (that the strategies keep) rejects. A binding created while its table was empty starts from the
 * type's {@linkplain #beginning(ColumnType) beginning}, which reads every row with a cursor value.
 *
 * <p>Every value PostgreSQL can hold is a cursor that resumes: numeric {@code NaN} and {@code
 * ±Infinity} are the tokens {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"} (see {@link
 * Numerics}); dates and timestamps before year 1 or after 9999 are points in time in the state's
 * expanded form ({@code "-0049-01-01T00:00:00Z"}, {@code "+12000-01-01T00:00:00Z"}); {@code
 * infinity} and {@code -infinity} are the points in time of the JDBC driver's {@code MAX} and
 * {@code MIN} values ({@code +1000000000-01-01T17:59:59.999999999Z} for a {@code timestamptz}, for
 * example), bound back as {@code infinity} and {@code -infinity}. A cursor at {@code NaN} or {@code
 * infinity} sorts after every other value, as in PostgreSQL: once there, the binding reads no more
 * changes until a backfill.
 */
public final class SqlValues {

  /**
   * The beginning of time for a point-in-time cursor: before every value a column can hold, BC
   * dates and {@code -infinity} included, so a binding created on an empty table reads them all
   * (year 1, Python's {@code datetime.min}, would be a value: rows at it would never be read).
   */
  static final Instant BEGINNING = Instant.MIN;

  /** A {@code timestamptz} {@code infinity}, as the driver reads it, and as a point in time. */
  private static final Instant INFINITY = OffsetDateTime.MAX.toInstant();

  /** A {@code timestamptz} {@code -infinity}, as the driver reads it, and as a point in time. */
  private static final Instant MINUS_INFINITY = OffsetDateTime.MIN.toInstant();

  private SqlValues() {}

  /**
   * The column's value in the current row: a Long, BigDecimal (or a {@linkplain Numerics special
   * numeric} String), String, UUID, LocalDate, LocalDateTime, Instant or Boolean; null for NULL.
   */
  public static Object read(ResultSet rows, int index, ColumnType type) throws SQLException {
    Object value =
        switch (type) {
          case INTEGER -> rows.getLong(index);
          case NUMERIC -> Numerics.parse(rows.getString(index));
          case UUID -> rows.getObject(index, java.util.UUID.class);
          case DATE -> rows.getObject(index, LocalDate.class);
          case TIMESTAMP -> rows.getObject(index, LocalDateTime.class);
          case TIMESTAMPTZ -> {
            OffsetDateTime time = rows.getObject(index, OffsetDateTime.class);
            yield time == null ? null : time.toInstant();
          }
          case BOOLEAN -> rows.getBoolean(index);
          default -> rows.getString(index);
        };
    return rows.wasNull() ? null : value;
  }

  /** Binds a value as {@link #read} gives it. */
  public static void bind(PreparedStatement statement, int index, ColumnType type, Object value)
      throws SQLException {
    switch (type) {
      case INTEGER -> statement.setLong(index, (Long) value);
      case NUMERIC -> bindNumeric(statement, index, value);
      case TIMESTAMPTZ -> statement.setObject(index, offsetDateTime((Instant) value));
      case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
      case STRING -> statement.setString(index, (String) value);
      default -> statement.setObject(index, value); // UUID, LocalDate, LocalDateTime
    }
  }

  private static void bindNumeric(PreparedStatement statement, int index, Object value)
      throws SQLException {
    if (value instanceof BigDecimal number) {
      statement.setBigDecimal(index, number);
    } else if (statement
        .getConnection()
        .getMetaData()
        .getDatabaseProductName()
        .toLowerCase(Locale.ROOT)
        .contains("postgres")) {
      statement.setObject(index, value, Types.OTHER); // untyped: the server reads it as numeric
    } else {
      statement.setString(index, (String) value);
    }
  }

  /**
   * A point in time as the driver binds it: at or past {@code infinity}'s point, {@code
   * OffsetDateTime.MAX}, which it sends as {@code infinity} (and {@code -infinity} likewise).
   */
  private static OffsetDateTime offsetDateTime(Instant instant) {
    if (!instant.isBefore(INFINITY)) {
      return OffsetDateTime.MAX;
    }
    if (!instant.isAfter(MINUS_INFINITY)) {
      return OffsetDateTime.MIN;
    }
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** The incremental cursor of a cursor column's value. */
  public static LogCursor cursor(ColumnType type, Object value) {
    return switch (type) {
      case DATE -> LogCursor.at(((LocalDate) value).atStartOfDay(ZoneOffset.UTC).toInstant());
      case TIMESTAMP -> LogCursor.at(((LocalDateTime) value).toInstant(ZoneOffset.UTC));
      case TIMESTAMPTZ -> LogCursor.at((Instant) value);
      case NUMERIC -> LogCursor.token(Numerics.text(value));
      default -> LogCursor.token(value.toString());
    };
  }

  /** The cursor before every value of the type: a new binding of an empty table starts there. */
  public static LogCursor beginning(ColumnType type) {
    return switch (type) {
      case DATE, TIMESTAMP, TIMESTAMPTZ -> LogCursor.at(BEGINNING);
      default ->
          LogCursor.token(
              ""); // sorts first; a text cursor whose value is '' counts as the beginning
    };
  }

  /**
   * Whether {@code cursor} is the type's beginning (no row is before it, so no condition is
   * needed).
   */
  public static boolean isBeginning(ColumnType type, LogCursor cursor) {
    return beginning(type).equals(cursor);
  }

  /**
   * The column value of a cursor kept in the state.
   *
   * @throws ActionableException if the cursor is of another kind (the cursor column changed type)
   */
  public static Object value(ColumnType type, LogCursor cursor) {
    try {
      return switch (type) {
        case DATE -> LocalDate.ofInstant(((LogCursor.At) cursor).instant(), ZoneOffset.UTC);
        case TIMESTAMP ->
            LocalDateTime.ofInstant(((LogCursor.At) cursor).instant(), ZoneOffset.UTC);
        case TIMESTAMPTZ -> ((LogCursor.At) cursor).instant();
        case INTEGER -> Long.valueOf((String) ((LogCursor.Token) cursor).value());
        case NUMERIC -> Numerics.parse((String) ((LogCursor.Token) cursor).value());
        case UUID -> java.util.UUID.fromString((String) ((LogCursor.Token) cursor).value());
        default -> (String) ((LogCursor.Token) cursor).value();
      };
    } catch (ClassCastException | IllegalArgumentException | DateTimeException e) {
      throw new ActionableException(
          "the state's cursor "
              + cursor
              + " does not fit a cursor column of type "
              + type
              + "; was the cursor column changed? Request a backfill of the binding to start over",
          e);
    }
  }

  /**
   * A key column's value as page-cursor JSON: integers and booleans as themselves, the rest as
   * strings, exactly (a date or timestamp outside years 1 to 9999 in java.time's expanded form, not
   * clamped as in documents).
   */
  public static Object json(ColumnType type, Object value) {
    return switch (type) {
      case INTEGER, BOOLEAN -> value;
      case NUMERIC -> Numerics.text(value);
      case TIMESTAMP -> ((LocalDateTime) value).toInstant(ZoneOffset.UTC).toString();
      default -> value.toString(); // strings, UUIDs, LocalDate, Instant
    };
  }

  /** The key column value of page-cursor JSON written by {@link #json}. */
  public static Object fromJson(ColumnType type, Object json) {
    return switch (type) {
      case INTEGER -> ((Number) json).longValue();
      case BOOLEAN -> (Boolean) json;
      case NUMERIC -> Numerics.parse((String) json);
      case UUID -> java.util.UUID.fromString((String) json);
      case DATE -> LocalDate.parse((String) json);
      case TIMESTAMP -> LocalDateTime.ofInstant(Instant.parse((String) json), ZoneOffset.UTC);
      case TIMESTAMPTZ -> Instant.parse((String) json);
      default -> (String) json;
    };
  }
}
