package flowcdk.example.webhooks.models;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import flowcdk.runtime.codec.Extras;
import flowcdk.runtime.codec.Meta;
import java.math.BigDecimal;

/**
 * An order the store pushes to {@code /orders/{shop}}: an id and a total are required, every other
 * field is kept as sent.
 *
 * @param meta what the webhook endpoint sets (the request's id, time, headers and path)
 * @param id the order's id
 * @param total the order's total
 * @param extras every other field
 */
@Model
public record Order(
    Meta meta,
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) BigDecimal total,
    Extras extras) {}
