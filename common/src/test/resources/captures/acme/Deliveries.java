package acme;

import flowcdk.annotations.Resource;
import flowcdk.annotations.Webhook;

/** Every other request, by its delivery id. */
@Resource(
    name = "deliveries",
    key = {"/_meta/reqPath", "/_meta/webhookId"},
    document = Order.class,
    reductionStrategy = "merge",
    webhook = @Webhook(url = "*"))
public final class Deliveries {}
