package flowcdk.example.greenhouse.models;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import flowcdk.annotations.Model;
import flowcdk.annotations.Title;
import java.time.Duration;
import java.time.Instant;

/**
 * What a user configures: the API client's credentials and where the capture starts. The schema
 * (and so the record's name, its title) is the one of Estuary's Python connector.
 *
 * @param credentials the Harvest API client
 * @param startDate the earliest update captured; absent means 30 days before the capture starts
 */
@Model
public record EndpointConfig(
    @JsonProperty(required = true) @Title("Authentication") GreenhouseClientCredentials credentials,
    @JsonProperty("start_date")
        @JsonPropertyDescription(
            "UTC date and time in the format YYYY-MM-DDTHH:MM:SSZ. Any data generated before this"
                + " date will not be replicated. If left blank, the start date will be set to 30"
                + " days before the present.")
        Instant startDate) {

  /** How far back a config without a start date starts. */
  public static final Duration DEFAULT_LOOKBACK = Duration.ofDays(30);

  /** The configured start date, or {@link #DEFAULT_LOOKBACK} before {@code now}. */
  public Instant startDateOr(Instant now) {
    return startDate != null ? startDate : now.minus(DEFAULT_LOOKBACK);
  }
}
