package flowcdk.common.http;

import java.util.Objects;

/**
 * One credentials header of a request. Its {@link #toString()} never shows the value.
 *
 * @param name the header's name, e.g. {@code Authorization} or {@code api-key}
 * @param value the header's value, e.g. {@code Bearer <token>}: a secret
 */
public record AuthHeader(String name, String value) {

  /** Checks the parts. */
  public AuthHeader {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return "AuthHeader[" + name + ": [redacted]]";
  }
}
