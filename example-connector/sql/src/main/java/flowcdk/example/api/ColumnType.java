package flowcdk.example.api;

import java.util.Locale;
import java.util.Map;

/**
 * What a SQL column type becomes in JSON, for both PostgreSQL's and H2's {@code
 * information_schema.columns.data_type} names (docs/example-connector.md has the table).
 */
public enum ColumnType {
  /** {@code boolean}: a JSON boolean. */
  BOOLEAN("{\"type\":\"boolean\"}"),
  /** {@code smallint}, {@code integer}, {@code bigint}: a JSON integer. */
  INTEGER("{\"type\":\"integer\"}"),
  /**
   * {@code numeric}/{@code decimal}: a string holding the exact number ({@code format: number});
   * PostgreSQL's {@code NaN}, {@code Infinity} and {@code -Infinity} as those strings.
   */
  NUMERIC("{\"type\":\"string\",\"format\":\"number\"}"),
  /** {@code real}, {@code double precision}: a JSON number; NaN and infinities as strings. */
  FLOAT("{\"type\":[\"number\",\"string\"]}"),
  /** Character types ({@code text}, {@code varchar}, {@code char}): a string. */
  STRING("{\"type\":\"string\"}"),
  /**
   * Any other type (enums, intervals, geometry, ranges...): the server's text form, a string. Not a
   * cursor or key type: its text does not sort like its values, and binding text to it fails.
   */
  OTHER("{\"type\":\"string\"}"),
  /** {@code uuid}: a string in the canonical form. */
  UUID("{\"type\":\"string\",\"format\":\"uuid\"}"),
  /** {@code date}: an ISO date string, clamped to years 1 to 9999 (see {@link TimeText}). */
  DATE("{\"type\":\"string\",\"format\":\"date\"}"),
  /** {@code time} with or without time zone: the server's text form. */
  TIME("{\"type\":\"string\"}"),
  /** {@code timestamp} without time zone: taken as UTC, an RFC 3339 string, clamped likewise. */
  TIMESTAMP("{\"type\":\"string\",\"format\":\"date-time\"}"),
  /** {@code timestamp with time zone}: an RFC 3339 string in UTC, clamped likewise. */
  TIMESTAMPTZ("{\"type\":\"string\",\"format\":\"date-time\"}"),
  /** {@code json}, {@code jsonb}: the JSON value itself. */
  JSON("{}"),
  /** {@code bytea}, {@code binary}: a base64 string. */
  BINARY("{\"type\":\"string\",\"contentEncoding\":\"base64\"}"),
  /** An array of another type: a JSON array. */
  ARRAY("{\"type\":\"array\"}");

  private static final Map<String, ColumnType> NAMES =
      Map.ofEntries(
          Map.entry("boolean", BOOLEAN),
          Map.entry("bool", BOOLEAN),
          Map.entry("tinyint", INTEGER),
          Map.entry("smallint", INTEGER),
          Map.entry("integer", INTEGER),
          Map.entry("bigint", INTEGER),
          Map.entry("int2", INTEGER),
          Map.entry("int4", INTEGER),
          Map.entry("int8", INTEGER),
          Map.entry("numeric", NUMERIC),
          Map.entry("decimal", NUMERIC),
          Map.entry("decfloat", NUMERIC),
          Map.entry("real", FLOAT),
          Map.entry("double precision", FLOAT),
          Map.entry("float", FLOAT),
          Map.entry("float4", FLOAT),
          Map.entry("float8", FLOAT),
          Map.entry("text", STRING),
          Map.entry("character varying", STRING),
          Map.entry("varchar", STRING),
          Map.entry("character", STRING),
          Map.entry("char", STRING),
          Map.entry("bpchar", STRING),
          Map.entry("character large object", STRING),
          Map.entry("varchar_ignorecase", STRING),
          Map.entry("name", STRING),
          Map.entry("citext", STRING),
          Map.entry("uuid", UUID),
          Map.entry("date", DATE),
          Map.entry("time", TIME),
          Map.entry("time without time zone", TIME),
          Map.entry("time with time zone", TIME),
          Map.entry("timetz", TIME),
          Map.entry("timestamp", TIMESTAMP),
          Map.entry("timestamp without time zone", TIMESTAMP),
          Map.entry("timestamp with time zone", TIMESTAMPTZ),
          Map.entry("timestamptz", TIMESTAMPTZ),
          Map.entry("json", JSON),
          Map.entry("jsonb", JSON),
          Map.entry("bytea", BINARY),
          Map.entry("binary", BINARY),
          Map.entry("binary varying", BINARY),
          Map.entry("binary large object", BINARY),
          Map.entry("array", ARRAY));

  private final String schema;

  ColumnType(String schema) {
    this.schema = schema;
  }

  /**
   * The type of an {@code information_schema} data type name (or a PostgreSQL {@code udt_name} such
   * as {@code int4}); other names are {@link #OTHER}.
   */
  public static ColumnType of(String dataType) {
    return NAMES.getOrDefault(dataType.toLowerCase(Locale.ROOT), OTHER);
  }

  /** The JSON schema of a non-null value (for arrays, without {@code items}). */
  public String schema() {
    return schema;
  }

  /**
   * Whether values of this type order changes: a cursor column must have one. Floats (inexact),
   * booleans, JSON, binary and arrays do not.
   */
  public boolean orderable() {
    return switch (this) {
      case INTEGER, NUMERIC, STRING, UUID, DATE, TIMESTAMP, TIMESTAMPTZ -> true;
      default -> false;
    };
  }

  /**
   * Whether a primary key of this type can be paged through by keyset (the cursor types and
   * booleans).
   */
  public boolean keyable() {
    return orderable() || this == BOOLEAN;
  }
}
