package flowcdk.connector.http;

/** How the credentials records show a secret in their {@code toString()}. */
final class Redacted {

  /** What a secret is shown as. */
  static final String MASK = "[redacted]";

  private Redacted() {}
}
