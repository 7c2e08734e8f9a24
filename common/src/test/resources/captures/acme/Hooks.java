package acme;

import flowcdk.annotations.Capture;
import flowcdk.connector.CaptureConnector;
import flowcdk.connector.webhook.WebhookResourceConfig;

/** A shop's webhooks: order events by type, and every other request. */
@Capture(
    docsUrl = "https://example.com/shop/webhooks",
    config = ShopConfig.class,
    resourceConfig = WebhookResourceConfig.class,
    resources = {OrderEvents.class, Deliveries.class})
public final class Hooks implements CaptureConnector<ShopConfig> {}
