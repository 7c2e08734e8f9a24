package flowcdk.example.webhooks;

import flowcdk.annotations.Capture;
import flowcdk.connector.CaptureConnector;
import flowcdk.connector.webhook.WebhookAuth;
import flowcdk.connector.webhook.WebhookResourceConfig;
import flowcdk.example.webhooks.models.StoreConfig;
import flowcdk.example.webhooks.resources.AppEvents;
import flowcdk.example.webhooks.resources.Deliveries;
import flowcdk.example.webhooks.resources.EverythingElse;
import flowcdk.example.webhooks.resources.Orders;

/**
 * Captures what a store pushes to the connector's webhook endpoint: orders posted to {@code
 * /orders/{shop}}, app installs and uninstalls told apart by their {@code event_type}, deliveries
 * marked by an {@code X-Event-Type} header, and anything else. Each request is captured whole, and
 * answered once Flow has its documents (docs/webhooks.md).
 */
@Capture(
    docsUrl = "https://github.com/flowcdk/flowcdk/blob/main/docs/webhooks.md",
    config = StoreConfig.class,
    resourceConfig = WebhookResourceConfig.class,
    resources = {Orders.class, AppEvents.class, Deliveries.class, EverythingElse.class})
public final class StoreHooksCapture implements CaptureConnector<StoreConfig> {

  /** The checks the user configured, if any. */
  @Override
  public WebhookAuth webhookAuth(StoreConfig config) {
    return config.auth();
  }
}
