package flowcdk.example.webhooks.resources;

import flowcdk.annotations.Resource;
import flowcdk.annotations.Webhook;
import flowcdk.example.webhooks.models.AppEvent;

/**
 * App installs and uninstalls, posted anywhere and told apart by their {@code event_type}: two
 * resources, {@code app_events_install} and {@code app_events_uninstall}.
 */
@Resource(
    name = "app_events",
    key = "/_meta/webhookId",
    document = AppEvent.class,
    webhook =
        @Webhook(
            body = "event_type",
            value = {"install", "uninstall"}))
public final class AppEvents {}
