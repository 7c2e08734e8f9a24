package flowcdk.common.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import flowcdk.annotations.Title;
import flowcdk.connector.http.RotatingOAuth2OrAccessToken;
import flowcdk.runtime.json.RawJson;
import java.time.Instant;

/**
 * The endpoint config of a connector whose provider rotates refresh tokens.
 *
 * @param credentials rotating OAuth2 credentials or an access token
 * @param startDate a field that is not credentials
 * @param advanced nested settings, to check that rotation sorts keys at every level
 */
@Model
public record RotatingConfig(
    @JsonProperty(required = true) @Title("Authentication") RotatingOAuth2OrAccessToken credentials,
    @JsonProperty("start_date") Instant startDate,
    RawJson advanced) {}
