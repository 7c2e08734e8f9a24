package flowcdk.example.webhooks.resources;

import flowcdk.annotations.Resource;
import flowcdk.annotations.Webhook;
import flowcdk.example.webhooks.models.Event;

/** Every request no other rule takes: the URL wildcard is tried last. */
@Resource(
    name = "everything_else",
    key = "/_meta/webhookId",
    document = Event.class,
    webhook = @Webhook(url = "*"))
public final class EverythingElse {}
