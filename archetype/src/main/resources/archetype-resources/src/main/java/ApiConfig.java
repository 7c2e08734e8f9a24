package ${package};

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import flowcdk.annotations.Model;
import flowcdk.connector.http.AccessToken;
import java.time.Instant;

/**
 * The endpoint config: what a user types into Estuary's form. The processor makes its JSON schema
 * (the form) and a codec that reads it without reflection.
 *
 * @param credentials the API token, sent as a bearer token on every request; a secret, so the form
 *     masks it and no log or error shows it
 * @param startDate only records updated after this instant are captured; absent means everything
 */
@Model
public record ApiConfig(
    @JsonProperty(required = true) AccessToken credentials,
    @JsonProperty("start_date")
        @JsonPropertyDescription(
            "UTC date and time in the format YYYY-MM-DDTHH:MM:SSZ. Only records updated after it"
                + " are captured. If left blank, every record is captured.")
        Instant startDate) {}
