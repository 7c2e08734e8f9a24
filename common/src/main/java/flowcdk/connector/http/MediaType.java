package flowcdk.connector.http;

import io.vertx.core.MultiMap;
import java.util.Locale;

/** The bare media type of a {@code Content-Type} header. */
final class MediaType {

  /** What a response without a {@code Content-Type} is taken to be (RFC 9110, section 8.3). */
  static final String DEFAULT = "application/octet-stream";

  private MediaType() {}

  /**
   * {@code application/json} for {@code Application/JSON; charset=utf-8}; the default if absent.
   */
  static String of(MultiMap headers) {
    String value = headers.get("Content-Type");
    if (value == null) {
      return DEFAULT;
    }
    int semicolon = value.indexOf(';');
    String type = (semicolon < 0 ? value : value.substring(0, semicolon)).trim();
    return type.isEmpty() ? DEFAULT : type.toLowerCase(Locale.ROOT);
  }
}
