package flowcdk.example.greenhouse.models;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import flowcdk.annotations.Secret;
import java.time.Instant;

/**
 * Greenhouse's token response: the token and the instant it expires ({@code expires_at}, where
 * OAuth2 says {@code expires_in}). Other members are ignored.
 *
 * @param accessToken the bearer token
 * @param expiresAt when it expires
 */
@Model
public record AccessToken(
    @JsonProperty(value = "access_token", required = true) @Secret String accessToken,
    @JsonProperty(value = "expires_at", required = true) Instant expiresAt) {

  /** Never shows the token. */
  @Override
  public String toString() {
    return "AccessToken[accessToken=[redacted], expiresAt=" + expiresAt + "]";
  }
}
