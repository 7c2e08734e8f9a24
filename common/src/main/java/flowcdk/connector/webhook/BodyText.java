package flowcdk.connector.webhook;

import flowcdk.runtime.json.JsonValues;

/**
 * A document's value as a body rule compares it: a string as it is, anything else as compact JSON
 * text ({@code 42}, {@code 1.50} as the sender wrote it, {@code true}, {@code {"a":1}}).
 */
final class BodyText {

  private BodyText() {}

  /** {@code value}, a value of a document read by {@link JsonValues#read}, as text. */
  static String of(Object value) {
    return value instanceof String text ? text : JsonValues.toRawJson(value).toString();
  }
}
