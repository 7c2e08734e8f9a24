package flowcdk.connector.webhook;

import io.vertx.core.json.Json;

/** A document's value as a body rule compares it: a string as it is, anything else as JSON text. */
final class BodyText {

  private BodyText() {}

  /** {@code value} (a string, number, boolean, map or list of a parsed JSON document) as text. */
  static String of(Object value) {
    return value instanceof String text ? text : Json.encode(value);
  }
}
