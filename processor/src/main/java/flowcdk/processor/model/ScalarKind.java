package flowcdk.processor.model;

/** The leaf value types a model property may have, each with a fixed JSON form. */
public enum ScalarKind {
  /** {@code String}: a JSON string. */
  STRING("java.lang.String", null),
  /** {@code boolean}/{@code Boolean}: a JSON boolean. */
  BOOLEAN("java.lang.Boolean", "boolean"),
  /** {@code byte}/{@code Byte}: a JSON integer. */
  BYTE("java.lang.Byte", "byte"),
  /** {@code short}/{@code Short}: a JSON integer. */
  SHORT("java.lang.Short", "short"),
  /** {@code int}/{@code Integer}: a JSON integer. */
  INT("java.lang.Integer", "int"),
  /** {@code long}/{@code Long}: a JSON integer. */
  LONG("java.lang.Long", "long"),
  /** {@code float}/{@code Float}: a JSON number. */
  FLOAT("java.lang.Float", "float"),
  /** {@code double}/{@code Double}: a JSON number. */
  DOUBLE("java.lang.Double", "double"),
  /** {@code char}/{@code Character}: a one-character JSON string. */
  CHAR("java.lang.Character", "char"),
  /** {@code BigDecimal}: a JSON number (strings holding a number are accepted). */
  BIG_DECIMAL("java.math.BigDecimal", null),
  /** {@code BigInteger}: a JSON integer. */
  BIG_INTEGER("java.math.BigInteger", null),
  /** {@code Instant}: an RFC 3339 date-time string. */
  INSTANT("java.time.Instant", null),
  /** {@code OffsetDateTime}: an RFC 3339 date-time string. */
  OFFSET_DATE_TIME("java.time.OffsetDateTime", null),
  /** {@code LocalDate}: a {@code yyyy-MM-dd} string. */
  LOCAL_DATE("java.time.LocalDate", null),
  /** {@code LocalDateTime}: a date-time string without offset. */
  LOCAL_DATE_TIME("java.time.LocalDateTime", null),
  /** {@code LocalTime}: a time string. */
  LOCAL_TIME("java.time.LocalTime", null),
  /** {@code Duration}: an ISO-8601 duration string such as {@code PT5M}. */
  DURATION("java.time.Duration", null),
  /** {@code UUID}: a UUID string. */
  UUID("java.util.UUID", null),
  /** {@code byte[]}: a base64 string. */
  BYTES(null, null),
  /** {@code RawJson}: any JSON value, kept as bytes. */
  RAW_JSON("flowcdk.runtime.json.RawJson", null);

  private final String boxedName;
  private final String primitiveName;

  ScalarKind(String boxedName, String primitiveName) {
    this.boxedName = boxedName;
    this.primitiveName = primitiveName;
  }

  /** The qualified name of the (boxed) Java type, or null for {@link #BYTES}. */
  public String boxedName() {
    return boxedName;
  }

  /** The primitive type's name, or null when there is none. */
  public String primitiveName() {
    return primitiveName;
  }

  /** The kind whose boxed type is {@code qualifiedName}, or null. */
  public static ScalarKind ofBoxed(String qualifiedName) {
    for (ScalarKind kind : values()) {
      if (qualifiedName.equals(kind.boxedName)) {
        return kind;
      }
    }
    return null;
  }

  /** The kind whose primitive type is {@code name}, or null. */
  public static ScalarKind ofPrimitive(String name) {
    for (ScalarKind kind : values()) {
      if (name.equals(kind.primitiveName)) {
        return kind;
      }
    }
    return null;
  }
}
