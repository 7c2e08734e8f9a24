package flowcdk.common.webhook;

import flowcdk.connector.webhook.Router;
import flowcdk.connector.webhook.WebhookRequest;
import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Turns one webhook request into its documents, each routed to its binding and given its {@code
 * _meta}, or into the answer that refuses the whole request: a request is captured all or nothing.
 *
 * <p>The body is one JSON object (a document) or an array of them (a batch, possibly empty). Each
 * document's {@code _meta} is replaced by {@code {"op":"u","webhookId":<a new UUID>,"receivedAt":
 * <the time>,"headers":{...},"reqPath":<the path>}}, with {@code "pathParams"} (the placeholders of
 * the binding's URL pattern) and {@code "queryParams"} (the first value of each) when there are
 * any.
 */
public final class RequestDocuments {

  /** A document of the request and the binding it goes to. */
  public record Routed(int binding, RawJson document) {}

  /** What becomes of a request. */
  public sealed interface Outcome permits Accepted, Refused {}

  /** Every document found its binding. */
  public record Accepted(List<Routed> documents) implements Outcome {}

  /**
   * The request is refused whole: nothing of it is captured.
   *
   * @param status the HTTP status to answer
   * @param message the answer's text, the Python CDK's
   * @param details what the log says of the request (no header values, no body values)
   */
  public record Refused(int status, String message, Map<String, Object> details)
      implements Outcome {}

  private final Router router;
  private final Supplier<UUID> ids;
  private final Supplier<Instant> clock;

  /** Documents routed by {@code router}, with ids from {@code ids} and times from {@code clock}. */
  public RequestDocuments(Router router, Supplier<UUID> ids, Supplier<Instant> clock) {
    this.router = router;
    this.ids = ids;
    this.clock = clock;
  }

  /** The documents of a request with {@code body} (UTF-8) and the first value of each parameter. */
  public Outcome read(WebhookRequest request, Map<String, String> query, byte[] body) {
    Object parsed;
    try {
      parsed = JsonValues.read(RawJson.parse(body));
    } catch (IllegalArgumentException e) {
      return new Refused(400, "Request body must be valid JSON", Map.of("error", e.getMessage()));
    }
    List<?> items = parsed instanceof List<?> batch ? batch : List.of(parsed);
    // Every document is checked and routed before any is made: a refused request makes nothing.
    List<Map<String, Object>> objects = new ArrayList<>(items.size());
    int[] bindings = new int[items.size()];
    for (Object item : items) {
      if (!(item instanceof Map<?, ?> object)) {
        return new Refused(
            400, "Documents are expected to be JSON objects", Map.of("doc_type", typeOf(item)));
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> document = (Map<String, Object>) object;
      OptionalInt binding = router.route(request, document);
      if (binding.isEmpty()) {
        return new Refused(
            404,
            "No matching binding for request",
            Map.of(
                "path", request.path(),
                "header_names", List.copyOf(new TreeSet<>(request.headers().keySet())),
                "body_keys", List.copyOf(new TreeSet<>(document.keySet()))));
      }
      bindings[objects.size()] = binding.getAsInt();
      objects.add(document);
    }
    Instant received = clock.get();
    List<Routed> routed = new ArrayList<>(objects.size());
    for (int i = 0; i < objects.size(); i++) {
      Map<String, Object> document =
          withMeta(objects.get(i), bindings[i], request, query, received);
      routed.add(new Routed(bindings[i], JsonValues.toRawJson(document)));
    }
    return new Accepted(routed);
  }

  private Map<String, Object> withMeta(
      Map<String, Object> document,
      int binding,
      WebhookRequest request,
      Map<String, String> query,
      Instant received) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("op", "u");
    meta.put("webhookId", ids.get().toString());
    meta.put("receivedAt", received.toString());
    meta.put("headers", request.headers());
    meta.put("reqPath", request.path());
    Map<String, String> pathParams = router.pathParams(binding, request.path());
    if (!pathParams.isEmpty()) {
      meta.put("pathParams", pathParams);
    }
    if (!query.isEmpty()) {
      meta.put("queryParams", query);
    }
    Map<String, Object> withMeta = new LinkedHashMap<>();
    withMeta.put("_meta", meta);
    document.forEach(
        (name, value) -> {
          if (!name.equals("_meta")) {
            withMeta.put(name, value);
          }
        });
    return withMeta;
  }

  /** A JSON value's type, as the log names it. */
  private static String typeOf(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String) {
      return "string";
    }
    if (value instanceof Boolean) {
      return "boolean";
    }
    return value instanceof List<?> ? "array" : "number";
  }
}
