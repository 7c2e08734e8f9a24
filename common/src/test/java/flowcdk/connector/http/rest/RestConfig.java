package flowcdk.connector.http.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import flowcdk.connector.http.RotatingOAuth2OrAccessToken;

/**
 * The config of {@link RestCapture}, a REST connector the HTTP toolkit's end-to-end tests run.
 *
 * @param baseUrl the test server's address
 * @param credentials an access token, or rotating OAuth2 tokens
 * @param tokenUrl where rotating tokens are exchanged
 * @param requestsPerSecond the capture's request budget, if any
 * @param bindings how many resources ({@code items0}, {@code items1}, ...) the API has
 */
@Model
public record RestConfig(
    @JsonProperty(value = "base_url", required = true) String baseUrl,
    @JsonProperty(required = true) RotatingOAuth2OrAccessToken credentials,
    @JsonProperty("token_url") String tokenUrl,
    @JsonProperty("requests_per_second") Double requestsPerSecond,
    @JsonProperty(defaultValue = "1") int bindings) {}
