package flowcdk.example.webhooks.resources;

import flowcdk.annotations.Resource;
import flowcdk.annotations.Webhook;
import flowcdk.example.webhooks.models.Order;

/** Orders, which the store posts to {@code /orders/<its shop>}. */
@Resource(
    name = "orders",
    key = "/_meta/webhookId",
    document = Order.class,
    webhook = @Webhook(url = "/orders/{shop}"))
public final class Orders {}
