package flowcdk.example.api;

import com.fasterxml.jackson.core.JsonGenerator;
import flowcdk.runtime.json.RawJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes a result row as a JSON document, each column as its {@link ColumnType} says: NULL as
 * {@code null}, timestamps as RFC 3339 in UTC (outside years 1 to 9999 clamped, see {@link
 * TimeText}), numerics as exact strings ({@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}
 * as such), JSON columns inline, binary as base64.
 */
public final class RowJson {

  /** The first and last timestamps written as themselves, as the driver gives array elements. */
  private static final java.sql.Timestamp FIRST_TIMESTAMP =
      java.sql.Timestamp.valueOf(LocalDateTime.of(1, 1, 1, 0, 0));

  private static final java.sql.Timestamp LAST_TIMESTAMP =
      java.sql.Timestamp.valueOf(LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000));

  private static final java.sql.Date FIRST_DATE = java.sql.Date.valueOf(TimeText.FIRST_DATE);
  private static final java.sql.Date LAST_DATE = java.sql.Date.valueOf(TimeText.LAST_DATE);

  private RowJson() {}

  /**
   * Writes the current row of {@code rows}, whose columns are {@code columns} in order, as one
   * object.
   */
  public static void write(JsonGenerator g, ResultSet rows, List<Column> columns)
      throws IOException, SQLException {
    g.writeStartObject();
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      g.writeFieldName(column.property());
      writeColumn(g, rows, i + 1, column);
    }
    g.writeEndObject();
  }

  private static void writeColumn(JsonGenerator g, ResultSet rows, int index, Column column)
      throws IOException, SQLException {
    switch (column.type()) {
      case BOOLEAN -> {
        boolean value = rows.getBoolean(index);
        if (rows.wasNull()) {
          g.writeNull();
        } else {
          g.writeBoolean(value);
        }
      }
      case INTEGER -> {
        long value = rows.getLong(index);
        if (rows.wasNull()) {
          g.writeNull();
        } else {
          g.writeNumber(value);
        }
      }
      case FLOAT -> {
        double value = rows.getDouble(index);
        if (rows.wasNull()) {
          g.writeNull();
        } else {
          writeDouble(g, value);
        }
      }
      case NUMERIC -> writeString(g, Numerics.text(Numerics.parse(rows.getString(index))));
      case DATE -> writeString(g, TimeText.text(rows.getObject(index, LocalDate.class)));
      case TIMESTAMP -> writeString(g, text(rows.getObject(index, LocalDateTime.class)));
      case TIMESTAMPTZ -> writeString(g, text(rows.getObject(index, OffsetDateTime.class)));
      case JSON -> {
        String json = rows.getString(index);
        if (json == null) {
          g.writeNull();
        } else {
          RawJson.parse(json).writeTo(g);
        }
      }
      case BINARY -> {
        byte[] bytes = rows.getBytes(index);
        if (bytes == null) {
          g.writeNull();
        } else {
          g.writeBinary(bytes);
        }
      }
      case ARRAY -> {
        if (column.elementType() == ColumnType.NUMERIC) {
          String text = rows.getString(index);
          if (text == null || PgArrayText.isArrayText(text)) {
            writeNumericArray(g, text == null ? null : PgArrayText.parse(text));
            return;
          }
        }
        Array array = rows.getArray(index);
        if (array == null) {
          g.writeNull();
        } else {
          try {
            writeArray(g, (Object[]) array.getArray(), column.elementType());
          } finally {
            array.free();
          }
        }
      }
      default -> writeString(g, rows.getString(index));
    }
  }

  /**
   * A PostgreSQL numeric array from its text form, whose {@code NaN} and {@code ±Infinity} the
   * driver's {@code getArray()} cannot read: elements as document text, like a numeric column's.
   */
  private static void writeNumericArray(JsonGenerator g, List<?> elements) throws IOException {
    if (elements == null) {
      g.writeNull();
      return;
    }
    g.writeStartArray();
    for (Object element : elements) {
      if (element instanceof List<?> nested) {
        writeNumericArray(g, nested);
      } else {
        writeString(g, element == null ? null : Numerics.text(Numerics.parse((String) element)));
      }
    }
    g.writeEndArray();
  }

  private static void writeArray(JsonGenerator g, Object[] elements, ColumnType type)
      throws IOException, SQLException {
    g.writeStartArray();
    for (Object element : elements) {
      writeElement(g, element, type);
    }
    g.writeEndArray();
  }

  /**
   * An array element, as the JDBC driver gives it (boxed numbers, strings, java.sql and java.time
   * values).
   */
  private static void writeElement(JsonGenerator g, Object value, ColumnType type)
      throws IOException, SQLException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof Object[] nested) {
      writeArray(g, nested, type);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof BigDecimal d) {
      g.writeString(plain(d));
    } else if (value instanceof Double || value instanceof Float) {
      writeDouble(g, ((Number) value).doubleValue());
    } else if (value instanceof Number n) {
      g.writeNumber(n.longValue());
    } else if (value instanceof java.sql.Timestamp ts) {
      g.writeString(text(ts, type));
    } else if (value instanceof java.sql.Date d) {
      g.writeString(text(d));
    } else if (value instanceof LocalDate d) {
      g.writeString(TimeText.text(d));
    } else if (value instanceof LocalDateTime t) {
      g.writeString(text(t));
    } else if (value instanceof OffsetDateTime t) {
      g.writeString(text(t));
    } else if (value instanceof byte[] bytes) {
      g.writeBinary(bytes);
    } else if (type == ColumnType.JSON) {
      RawJson.parse(value.toString()).writeTo(g);
    } else {
      g.writeString(value.toString());
    }
  }

  private static void writeDouble(JsonGenerator g, double value) throws IOException {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      g.writeString(
          Double.toString(value)); // NaN, Infinity, -Infinity: JSON has no numbers for them
    } else {
      g.writeNumber(value);
    }
  }

  private static void writeString(JsonGenerator g, String value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value);
    }
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }

  /** A timestamp without time zone, taken as UTC. */
  private static String text(LocalDateTime value) {
    return value == null ? null : TimeText.text(value.toInstant(ZoneOffset.UTC));
  }

  private static String text(OffsetDateTime value) {
    return value == null ? null : TimeText.text(value.toInstant());
  }

  /**
   * An array's timestamp element. The driver builds it on the JVM's hybrid Julian calendar, which
   * drops the era of a BC value, so the range is checked against timestamps built the same way.
   */
  private static String text(java.sql.Timestamp ts, ColumnType type) {
    if (ts.before(FIRST_TIMESTAMP)) {
      return TimeText.FIRST.toString();
    }
    if (ts.after(LAST_TIMESTAMP)) {
      return TimeText.LAST.toString();
    }
    return type == ColumnType.TIMESTAMPTZ
        ? TimeText.text(ts.toInstant())
        : text(ts.toLocalDateTime());
  }

  /** An array's date element, checked like {@link #text(java.sql.Timestamp, ColumnType)}. */
  private static String text(java.sql.Date d) {
    if (d.before(FIRST_DATE)) {
      return TimeText.FIRST_DATE.toString();
    }
    return d.after(LAST_DATE) ? TimeText.LAST_DATE.toString() : TimeText.text(d.toLocalDate());
  }
}
