package flowcdk.processor.schema.corpus.greenhouse;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import flowcdk.annotations.Model;
import flowcdk.annotations.Title;
import flowcdk.processor.schema.corpus.NotNull;
import java.time.Instant;

/** source-greenhouse-native's endpoint config, as a Java model. */
@Model
public record EndpointConfig(
    @Title("Authentication") @NotNull GreenhouseClientCredentials credentials,
    @JsonProperty("start_date")
        @JsonPropertyDescription(
            "UTC date and time in the format YYYY-MM-DDTHH:MM:SSZ. Any data generated before this date will not be"
                + " replicated. If left blank, the start date will be set to 30 days before the present.")
        Instant startDate) {}
