package flowcdk.example;

import flowcdk.runtime.Connector;
import flowcdk.runtime.ConnectorRuntime;
import flowcdk.runtime.OpenedCapture;
import flowcdk.runtime.ValidationException;
import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.protocol.CaptureBinding;
import flowcdk.runtime.protocol.DiscoverRequest;
import flowcdk.runtime.protocol.DiscoveredBinding;
import flowcdk.runtime.protocol.DiscoveredResponse;
import flowcdk.runtime.protocol.OpenRequest;
import flowcdk.runtime.protocol.SpecRequest;
import flowcdk.runtime.protocol.SpecResponse;
import flowcdk.runtime.protocol.ValidateBinding;
import flowcdk.runtime.protocol.ValidateRequest;
import flowcdk.runtime.protocol.ValidatedBinding;
import flowcdk.runtime.protocol.ValidatedResponse;
import flowcdk.runtime.task.Task;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tiny hand-written connector on the bare runtime: one resource, {@code greetings}, whose
 * documents are {@code {"id": i, "message": "Hello #i"}}. It shows the {@link Connector} contract
 * the processor will generate for annotated connectors; the SQL example connector replaces it.
 *
 * <p>Endpoint config: {@code {"greetings": N}} (1 to 1,000,000; default 3). The capture emits N
 * documents, one checkpoint per document, then finishes; its state {@code {"greetings":{"next":i}}}
 * lets a restarted capture resume where it stopped.
 */
public final class ExampleConnector implements Connector {

  static final RawJson CONFIG_SCHEMA = RawJson.parse("""
      {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"Greetings","type":"object",
       "properties":{"greetings":{"type":"integer","title":"Greetings","description":"How many greetings to capture.",
       "default":3,"minimum":1,"maximum":1000000}}}""");

  static final RawJson RESOURCE_CONFIG_SCHEMA = RawJson.parse("""
      {"title":"Resource","type":"object","required":["name"],
       "properties":{"name":{"type":"string","title":"Name","const":"greetings"}}}""");

  static final RawJson DOCUMENT_SCHEMA = RawJson.parse("""
      {"type":"object","required":["id","message"],
       "properties":{"id":{"type":"integer"},"message":{"type":"string"}}}""");

  /** Serves Flow's capture protocol on stdin/stdout. */
  public static void main(String[] args) {
    ConnectorRuntime.runAndExit(new ExampleConnector());
  }

  @Override
  public Future<SpecResponse> spec(SpecRequest request) {
    return Future.succeededFuture(new SpecResponse(
        SpecResponse.PROTOCOL_VERSION,
        CONFIG_SCHEMA,
        RESOURCE_CONFIG_SCHEMA,
        "https://docs.estuary.dev/concepts/connectors/",
        Optional.empty(),
        List.of("/name")));
  }

  @Override
  public Future<DiscoveredResponse> discover(DiscoverRequest request) {
    greetings(request.config());
    return Future.succeededFuture(new DiscoveredResponse(List.of(new DiscoveredBinding(
        "greetings", RawJson.parse("{\"name\":\"greetings\"}"), DOCUMENT_SCHEMA, List.of("/id"), false,
        List.of("greetings")))));
  }

  @Override
  public Future<ValidatedResponse> validate(ValidateRequest request) {
    greetings(request.config());
    List<String> problems = new ArrayList<>();
    List<ValidatedBinding> bindings = new ArrayList<>();
    for (ValidateBinding binding : request.bindings()) {
      Object name = object(binding.resourceConfig()).get("name");
      if (!"greetings".equals(name)) {
        problems.add("Resource '" + name + "' was not found; this connector has only 'greetings'.");
      }
      bindings.add(new ValidatedBinding(List.of(String.valueOf(name))));
    }
    if (!problems.isEmpty()) {
      return Future.failedFuture(new ValidationException(problems));
    }
    return Future.succeededFuture(new ValidatedResponse(bindings));
  }

  @Override
  public Future<OpenedCapture> open(OpenRequest request) {
    int count = greetings(request.capture().config());
    Object saved = object(request.state()).get("greetings");
    long next = saved instanceof Map<?, ?> state && state.get("next") instanceof Number n ? n.longValue() : 0;
    List<CaptureBinding> bindings = request.capture().bindings();
    return Future.succeededFuture(OpenedCapture.of(root -> {
      List<Future<Void>> work = new ArrayList<>();
      for (int index = 0; index < bindings.size(); index++) {
        int binding = index;
        work.add(root.spawn("greetings", task -> greet(task, binding, next, count)));
      }
      return Future.join(work);
    }));
  }

  private static Future<Void> greet(Task task, int binding, long id, int count) {
    if (id >= count || task.stopping().isSet()) {
      return Future.succeededFuture();
    }
    task.captured(binding, RawJson.parse("{\"id\":" + id + ",\"message\":\"Hello #" + id + "\"}"));
    return task.checkpoint(RawJson.parse("{\"greetings\":{\"next\":" + (id + 1) + "}}"))
        .compose(v -> greet(task, binding, id + 1, count));
  }

  private static int greetings(RawJson config) {
    Object value = object(config).getOrDefault("greetings", 3L);
    if (!(value instanceof Long n) || n < 1 || n > 1_000_000) {
      throw new ValidationException(
          "greetings must be a whole number from 1 to 1000000, but is " + value + "; fix it in the endpoint config.");
    }
    return n.intValue();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(RawJson json) {
    return (Map<String, Object>) JsonValues.read(json);
  }
}
