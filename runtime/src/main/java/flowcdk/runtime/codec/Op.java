package flowcdk.runtime.codec;

/**
 * The operation a captured document represents, written as {@code _meta.op}. Flow treats a document
 * whose {@code _meta.op} is {@code "d"} as a deletion
 * (docs/models.md#schema-decoration-at-discovery).
 */
public enum Op {
  /** {@code "c"}: the record was created. */
  CREATE("c"),
  /** {@code "u"}: the record was updated (the schema's default). */
  UPDATE("u"),
  /** {@code "d"}: the record was deleted. */
  DELETE("d");

  private final String code;

  Op(String code) {
    this.code = code;
  }

  /** The one-letter JSON form: {@code c}, {@code u} or {@code d}. */
  public String code() {
    return code;
  }

  /**
   * The operation with JSON form {@code code}.
   *
   * @throws IllegalArgumentException if {@code code} is not {@code c}, {@code u} or {@code d}
   */
  public static Op fromCode(String code) {
    return switch (code) {
      case "c" -> CREATE;
      case "u" -> UPDATE;
      case "d" -> DELETE;
      default ->
          throw new IllegalArgumentException(
              "unknown op \"" + code + "\"; expected one of \"c\", \"u\", \"d\"");
    };
  }
}
