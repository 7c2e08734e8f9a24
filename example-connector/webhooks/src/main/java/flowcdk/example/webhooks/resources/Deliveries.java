package flowcdk.example.webhooks.resources;

import flowcdk.annotations.Resource;
import flowcdk.annotations.Webhook;
import flowcdk.example.webhooks.models.Event;

/** Deliveries: whatever the store posts with the header {@code X-Event-Type: delivery}. */
@Resource(
    name = "deliveries",
    key = "/_meta/webhookId",
    document = Event.class,
    webhook = @Webhook(header = "X-Event-Type", value = "delivery"))
public final class Deliveries {}
