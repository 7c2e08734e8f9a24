package flowcdk.example.webhooks.models;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import flowcdk.runtime.codec.Extras;
import flowcdk.runtime.codec.Meta;

/**
 * An app's install or uninstall, told apart by {@code event_type}.
 *
 * @param meta what the webhook endpoint sets
 * @param eventType {@code install} or {@code uninstall}
 * @param appId the app
 * @param extras every other field
 */
@Model
public record AppEvent(
    Meta meta,
    @JsonProperty(value = "event_type", required = true) String eventType,
    @JsonProperty(value = "app_id", required = true) String appId,
    Extras extras) {}
