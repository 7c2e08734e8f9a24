package flowcdk.connector.http.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import flowcdk.connector.http.OAuth2OrAccessToken;

/**
 * The config of an OAuth2 connector: its token URL comes from the capture's OAuth2 provider.
 *
 * @param baseUrl the test server's address
 * @param credentials a refresh token, or an access token
 */
@Model
public record OAuthConfig(
    @JsonProperty(value = "base_url", required = true) String baseUrl,
    @JsonProperty(required = true) OAuth2OrAccessToken credentials) {}
