package flowcdk.processor.schema.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

/** {@code @JsonProperty} names, {@code required} and {@code defaultValue} of every kind. */
@Model
public record Renamed(
    @JsonProperty("start_date") LocalDate startDate,
    @JsonProperty(required = true) Integer limit,
    @JsonProperty(value = "api_key", required = true) String apiKey,
    @JsonProperty(value = "page_size", defaultValue = "100") int pageSize,
    @JsonProperty(defaultValue = "true") Boolean enabled,
    @JsonProperty(defaultValue = "false") boolean verbose,
    @JsonProperty(defaultValue = "2.5") double factor,
    @JsonProperty(defaultValue = "10.25") BigDecimal fee,
    @JsonProperty(defaultValue = "EU") String region,
    @JsonProperty(defaultValue = "PT5M") Duration interval,
    @JsonProperty(defaultValue = "GREEN") Color color,
    @JsonProperty(value = "max-retries", defaultValue = "3") Long maxRetries) {}
