package flowcdk.processor.schema.corpus;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import flowcdk.annotations.Model;
import flowcdk.annotations.Nonsensitive;
import java.time.Duration;

/** The standard resource config shape: strict. */
@Model(strict = true)
@JsonClassDescription("ResourceConfig is a common resource configuration shape.")
public record StrictResource(
    @NotNull @JsonPropertyDescription("Name of this resource") String name,
    @Nonsensitive
        @JsonProperty(defaultValue = "PT0S")
        @JsonPropertyDescription("Interval between updates for this resource")
        Duration interval) {}
