package flowcdk.processor.schema.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import flowcdk.runtime.codec.Extras;
import flowcdk.runtime.codec.Meta;
import java.time.Instant;

/** A captured document: {@code _meta} and undeclared properties. */
@Model
public record Doc(
    @JsonProperty("_meta") Meta meta,
    @NotNull String id,
    @JsonProperty("updated_at") Instant updatedAt,
    Extras extras) {}
