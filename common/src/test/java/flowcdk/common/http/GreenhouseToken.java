package flowcdk.common.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import java.time.Instant;

/**
 * A token response that says its expiry as a timestamp, as Greenhouse's does.
 *
 * @param accessToken the token
 * @param expiresAt when it expires
 */
@Model
public record GreenhouseToken(
    @JsonProperty(value = "access_token", required = true) String accessToken,
    @JsonProperty(value = "expires_at", required = true) Instant expiresAt) {}
