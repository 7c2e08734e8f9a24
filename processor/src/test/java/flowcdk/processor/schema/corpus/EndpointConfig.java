package flowcdk.processor.schema.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import flowcdk.annotations.Advanced;
import flowcdk.annotations.Model;
import flowcdk.annotations.Title;
import java.time.Instant;

/** An endpoint config choosing among credential shapes. */
@Model
public record EndpointConfig(
    @Title("Authentication") @NotNull Credentials credentials,
    @JsonProperty("start_date") @JsonPropertyDescription("Where to start") Instant startDate,
    @Advanced Tuning advanced) {}
