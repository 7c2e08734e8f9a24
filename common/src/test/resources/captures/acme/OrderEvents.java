package acme;

import flowcdk.annotations.Resource;
import flowcdk.annotations.Webhook;

/** Order events, a resource per event type: order_events_created, order_events_cancelled. */
@Resource(
    name = "order_events",
    key = "/_meta/webhookId",
    document = Order.class,
    webhook = @Webhook(body = "event.type", value = {"created", "cancelled"}))
public final class OrderEvents {}
