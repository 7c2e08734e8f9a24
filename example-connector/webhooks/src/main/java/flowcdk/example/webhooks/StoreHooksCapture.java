package flowcdk.example.webhooks;

import flowcdk.annotations.Capture;
import flowcdk.connector.CaptureConnector;
import flowcdk.connector.ResourceSpec;
import flowcdk.connector.webhook.BodyMatch;
import flowcdk.connector.webhook.HeaderMatch;
import flowcdk.connector.webhook.UrlMatch;
import flowcdk.connector.webhook.WebhookAuth;
import flowcdk.connector.webhook.WebhookResourceConfig;
import flowcdk.example.webhooks.models.AppEventJson;
import flowcdk.example.webhooks.models.EventJson;
import flowcdk.example.webhooks.models.OrderJson;
import flowcdk.example.webhooks.models.StoreConfig;
import io.vertx.core.Future;
import java.util.List;

/**
 * Captures what a store pushes to the connector's webhook endpoint: orders posted to {@code
 * /orders/{shop}}, app installs and uninstalls told apart by their {@code event_type}, deliveries
 * marked by an {@code X-Event-Type} header, and anything else. Each request is captured whole, and
 * answered once Flow has its documents.
 */
@Capture(
    docsUrl = "https://github.com/flowcdk/flowcdk/blob/main/docs/webhooks.md",
    config = StoreConfig.class,
    resourceConfig = WebhookResourceConfig.class)
public final class StoreHooksCapture implements CaptureConnector<StoreConfig> {

  @Override
  public WebhookAuth webhookAuth(StoreConfig config) {
    return config.auth();
  }

  @Override
  public Future<List<ResourceSpec>> resources(StoreConfig config) {
    return Future.succeededFuture(
        List.of(
            ResourceSpec.builder("orders")
                .webhook(UrlMatch.of("/orders/{shop}"), OrderJson.INSTANCE)
                .build(),
            ResourceSpec.builder("app_events_install")
                .webhook(BodyMatch.of("event_type", "install"), AppEventJson.INSTANCE)
                .build(),
            ResourceSpec.builder("app_events_uninstall")
                .webhook(BodyMatch.of("event_type", "uninstall"), AppEventJson.INSTANCE)
                .build(),
            ResourceSpec.builder("deliveries")
                .webhook(HeaderMatch.of("X-Event-Type", "delivery"), EventJson.INSTANCE)
                .build(),
            ResourceSpec.builder("everything_else")
                .webhook(UrlMatch.of(UrlMatch.ANY), EventJson.INSTANCE)
                .build()));
  }
}
