package flowcdk.common.webhook;

import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema of a webhook resource's documents: its document model's, with {@code _meta} describing
 * what the webhook endpoint sets ({@link RequestDocuments}) and required, so the default key {@code
 * /_meta/webhookId} always exists.
 */
public final class WebhookSchema {

  /** The webhook {@code _meta}. */
  static final RawJson META =
      RawJson.parse(
          """
          {
            "title": "Meta",
            "type": "object",
            "description": "Document metadata, set by the webhook endpoint",
            "properties": {
              "op": {"type": "string", "enum": ["u"], "description": "Always an update"},
              "webhookId": {
                "type": "string",
                "format": "uuid",
                "description": "A random id given to the document when it was received"
              },
              "receivedAt": {
                "type": "string",
                "format": "date-time",
                "description": "When the request was received"
              },
              "headers": {
                "type": "object",
                "additionalProperties": {"type": "string"},
                "description": "The request's headers (the first value of each)"
              },
              "reqPath": {"type": "string", "description": "The request's path"},
              "pathParams": {
                "type": "object",
                "additionalProperties": {"type": "string"},
                "description": "The values of the placeholders of the binding's URL pattern"
              },
              "queryParams": {
                "type": "object",
                "additionalProperties": {"type": "string"},
                "description": "The request's query parameters (the first value of each)"
              }
            },
            "required": ["op", "webhookId", "receivedAt", "headers", "reqPath"]
          }
          """);

  private WebhookSchema() {}

  /**
   * {@code documentSchema} (an object schema) with the webhook {@code _meta} as its first property,
   * and required.
   *
   * @throws IllegalArgumentException if {@code documentSchema} is not a JSON object
   */
  public static RawJson withMeta(RawJson documentSchema) {
    if (!(JsonValues.read(documentSchema) instanceof Map<?, ?> read)) {
      throw new IllegalArgumentException(
          "a webhook document schema must be a JSON object, got " + documentSchema);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> schema = new LinkedHashMap<>((Map<String, Object>) read);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("_meta", JsonValues.read(META));
    if (schema.get("properties") instanceof Map<?, ?> existing) {
      existing.forEach(
          (name, value) -> {
            if (!"_meta".equals(name)) {
              properties.put((String) name, value);
            }
          });
    }
    List<Object> required = new ArrayList<>();
    required.add("_meta");
    if (schema.get("required") instanceof List<?> existing) {
      existing.stream().filter(name -> !"_meta".equals(name)).forEach(required::add);
    }
    Map<String, Object> result = new LinkedHashMap<>(schema);
    result.put("properties", properties);
    result.put("required", required);
    return JsonValues.toRawJson(result);
  }
}
