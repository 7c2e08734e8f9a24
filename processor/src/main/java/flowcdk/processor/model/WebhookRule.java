package flowcdk.processor.model;

/**
 * One webhook match rule of a {@code @Resource}, as the runtime's {@code UrlMatch}, {@code
 * HeaderMatch} or {@code BodyMatch} of package {@code flowcdk.connector.webhook} holds it.
 *
 * @param kind what the rule matches
 * @param key the header name or body key; empty for a URL rule
 * @param value the URL pattern or {@code *}, or the header's or body key's value
 */
public record WebhookRule(Kind kind, String key, String value) {

  /** What a rule matches, with the runtime class that holds it. */
  public enum Kind {
    /** The request's URL path: {@code UrlMatch}. */
    URL("UrlMatch"),
    /** A header: {@code HeaderMatch}. */
    HEADER("HeaderMatch"),
    /** A value in the document: {@code BodyMatch}. */
    BODY("BodyMatch");

    private final String runtimeClass;

    Kind(String runtimeClass) {
      this.runtimeClass = runtimeClass;
    }

    /** The simple name of the runtime class, in {@code flowcdk.connector.webhook}. */
    public String runtimeClass() {
      return runtimeClass;
    }
  }

  /** The URL wildcard: every request. */
  public static final String ANY = "*";

  /** A rule matching URL paths by {@code pattern}. */
  public static WebhookRule url(String pattern) {
    return new WebhookRule(Kind.URL, "", pattern);
  }

  /** A rule matching header {@code name} of {@code value}. */
  public static WebhookRule header(String name, String value) {
    return new WebhookRule(Kind.HEADER, name, value);
  }

  /** A rule matching {@code value} at body key {@code key}. */
  public static WebhookRule body(String key, String value) {
    return new WebhookRule(Kind.BODY, key, value);
  }

  /**
   * The rule in a resource name, as the runtime's {@code MatchRule.displayName()}: {@code all} for
   * the URL wildcard, a URL pattern's runs of characters other than letters and digits replaced by
   * {@code _} and trimmed of it, a header's or body key's value as it is.
   */
  public String displayName() {
    if (kind != Kind.URL) {
      return value;
    }
    return ANY.equals(value)
        ? "all"
        : value.replaceAll("[^a-zA-Z0-9]+", "_").replaceAll("^_+|_+$", "");
  }

  /** The rule as an author writes it, e.g. {@code url = "/x"} or {@code body = "type", "push"}. */
  public String describe() {
    switch (kind) {
      case URL:
        return "url \"" + value + "\"";
      case HEADER:
        return "header " + key + " = \"" + value + "\"";
      default:
        return "body " + key + " = \"" + value + "\"";
    }
  }
}
