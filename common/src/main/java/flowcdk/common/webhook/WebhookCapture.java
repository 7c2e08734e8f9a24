package flowcdk.common.webhook;

import flowcdk.common.webhook.RequestDocuments.Routed;
import flowcdk.connector.webhook.MatchRule;
import flowcdk.connector.webhook.Router;
import flowcdk.connector.webhook.WebhookAuth;
import flowcdk.runtime.codec.Codecs;
import flowcdk.runtime.codec.DecodeException;
import flowcdk.runtime.codec.JsonCodec;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.log.Fields;
import flowcdk.runtime.task.Task;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A capture's webhook bindings served by one {@link WebhookServer}, in a child task of the capture
 * named {@code webhook-server}: each request's documents are committed by a task of their own
 * ({@code webhook-server.request}) as one transaction, and answered once Flow acknowledged it. When
 * the capture stops the server answers new requests 503, lets those in flight finish and closes;
 * the task then ends. A server that cannot listen fails the task, and so the capture.
 */
public final class WebhookCapture {

  /**
   * A webhook binding.
   *
   * @param index the binding's position in the Open request
   * @param name its resource name
   * @param rule the rule that routes requests to it
   * @param document the codec that checks its documents
   */
  public record Binding(int index, String name, MatchRule rule, JsonCodec<?> document) {}

  private WebhookCapture() {}

  /**
   * Starts serving {@code bindings} (at least one) on {@code port} of every interface; the future
   * completes when the server task has ended.
   */
  public static Future<Void> serve(
      Task root,
      List<Binding> bindings,
      WebhookAuth auth,
      String host,
      int port,
      WebhookServer.Limits limits) {
    return root.spawn("webhook-server", task -> start(task, bindings, auth, host, port, limits));
  }

  private static Future<Void> start(
      Task task,
      List<Binding> bindings,
      WebhookAuth auth,
      String host,
      int port,
      WebhookServer.Limits limits) {
    List<MatchRule> rules = bindings.stream().map(Binding::rule).toList();
    RequestDocuments documents =
        new RequestDocuments(Router.of(rules), UUID::randomUUID, () -> task.clock().now());
    WebhookServer.DocumentCheck check =
        (position, document) -> problem(bindings.get(position), document);
    WebhookServer.Publisher publisher = routed -> publish(task, bindings, routed);
    List<Map<String, Object>> described = new ArrayList<>();
    for (Binding binding : bindings) {
      Map<String, Object> each = new LinkedHashMap<>();
      each.put("index", binding.index());
      each.put("name", binding.name());
      described.add(each);
    }
    task.log().info("Starting webhook server", Fields.of("port", port, "bindings", described));
    Context context = Vertx.currentContext();
    return WebhookServer.start(
            task.vertx(),
            host,
            port,
            documents,
            new Authenticator(auth),
            check,
            publisher,
            limits,
            task.log())
        .compose(
            server -> {
              task.log().info("Webhook server listening", Fields.of("port", server.port()));
              Promise<Void> stopped = Promise.promise();
              task.stopping()
                  .future()
                  .onComplete(
                      signal ->
                          context.runOnContext(
                              v -> {
                                task.log()
                                    .info(
                                        "Stopping webhook server: new requests are answered 503,"
                                            + " those in flight finish");
                                server.stop().onComplete(stopped);
                              }));
              return stopped.future();
            });
  }

  /** Commits {@code routed} as one transaction and completes once Flow acknowledged it. */
  private static Future<Void> publish(Task server, List<Binding> bindings, List<Routed> routed) {
    return server.spawn(
        "request",
        task -> {
          for (Routed document : routed) {
            task.captured(bindings.get(document.binding()).index(), document.document());
          }
          return task.checkpointAndAwaitAckThroughStop(RawJson.EMPTY_OBJECT);
        });
  }

  private static String problem(Binding binding, RawJson document) {
    try {
      Codecs.decode(document, binding.document(), binding.name());
      return null;
    } catch (DecodeException e) {
      return e.getMessage();
    }
  }
}
