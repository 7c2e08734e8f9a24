package flowcdk.example.api;

import flowcdk.common.state.LogCursor;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

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
 */
public final class SqlValues {

  /** The beginning of time for a point-in-time cursor: Python's {@code datetime.min}. */
  static final Instant DAWN = Instant.parse("0001-01-01T00:00:00Z");

  private SqlValues() {}

  /**
   * The column's value in the current row: a Long, BigDecimal, String, UUID, LocalDate,
   * LocalDateTime, Instant or Boolean; null for NULL.
   */
  public static Object read(ResultSet rows, int index, ColumnType type) throws SQLException {
    Object value =
        switch (type) {
          case INTEGER -> rows.getLong(index);
          case NUMERIC -> rows.getBigDecimal(index);
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
      case NUMERIC -> statement.setBigDecimal(index, (BigDecimal) value);
      case TIMESTAMPTZ -> statement.setObject(index, ((Instant) value).atOffset(ZoneOffset.UTC));
      case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
      case STRING -> statement.setString(index, (String) value);
      default -> statement.setObject(index, value); // UUID, LocalDate, LocalDateTime
    }
  }

  /** The incremental cursor of a cursor column's value. */
  public static LogCursor cursor(ColumnType type, Object value) {
    return switch (type) {
      case DATE -> LogCursor.at(((LocalDate) value).atStartOfDay(ZoneOffset.UTC).toInstant());
      case TIMESTAMP -> LogCursor.at(((LocalDateTime) value).toInstant(ZoneOffset.UTC));
      case TIMESTAMPTZ -> LogCursor.at((Instant) value);
      case NUMERIC -> LogCursor.token(((BigDecimal) value).toPlainString());
      default -> LogCursor.token(value.toString());
    };
  }

  /** The cursor before every value of the type: a new binding of an empty table starts there. */
  public static LogCursor beginning(ColumnType type) {
    return switch (type) {
      case DATE, TIMESTAMP, TIMESTAMPTZ -> LogCursor.at(DAWN);
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
   * @throws IllegalStateException if the cursor is of another kind (the cursor column changed type)
   */
  public static Object value(ColumnType type, LogCursor cursor) {
    try {
      return switch (type) {
        case DATE -> LocalDate.ofInstant(((LogCursor.At) cursor).instant(), ZoneOffset.UTC);
        case TIMESTAMP ->
            LocalDateTime.ofInstant(((LogCursor.At) cursor).instant(), ZoneOffset.UTC);
        case TIMESTAMPTZ -> ((LogCursor.At) cursor).instant();
        case INTEGER -> Long.valueOf((String) ((LogCursor.Token) cursor).value());
        case NUMERIC -> new BigDecimal((String) ((LogCursor.Token) cursor).value());
        case UUID -> java.util.UUID.fromString((String) ((LogCursor.Token) cursor).value());
        default -> (String) ((LogCursor.Token) cursor).value();
      };
    } catch (ClassCastException | IllegalArgumentException e) {
      throw new IllegalStateException(
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
   * strings.
   */
  public static Object json(ColumnType type, Object value) {
    return switch (type) {
      case INTEGER, BOOLEAN -> value;
      case NUMERIC -> ((BigDecimal) value).toPlainString();
      case TIMESTAMP -> RowJson.text((LocalDateTime) value);
      default -> value.toString(); // strings, UUIDs, LocalDate, Instant
    };
  }

  /** The key column value of page-cursor JSON written by {@link #json}. */
  public static Object fromJson(ColumnType type, Object json) {
    return switch (type) {
      case INTEGER -> ((Number) json).longValue();
      case BOOLEAN -> (Boolean) json;
      case NUMERIC -> new BigDecimal((String) json);
      case UUID -> java.util.UUID.fromString((String) json);
      case DATE -> LocalDate.parse((String) json);
      case TIMESTAMP -> LocalDateTime.ofInstant(Instant.parse((String) json), ZoneOffset.UTC);
      case TIMESTAMPTZ -> Instant.parse((String) json);
      default -> (String) json;
    };
  }
}
