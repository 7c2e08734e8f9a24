package flowcdk.example.webhooks.models;

import flowcdk.annotations.Model;
import flowcdk.runtime.codec.Extras;
import flowcdk.runtime.codec.Meta;

/**
 * Any JSON object: the documents of bindings that take whatever is sent.
 *
 * @param meta what the webhook endpoint sets
 * @param extras every field
 */
@Model
public record Event(Meta meta, Extras extras) {}
