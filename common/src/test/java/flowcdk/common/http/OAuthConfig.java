package flowcdk.common.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import flowcdk.annotations.Title;
import flowcdk.connector.http.ClientCredentials;
import flowcdk.connector.http.GoogleServiceAccount;
import flowcdk.connector.http.OAuth2OrAccessToken;
import java.time.Instant;

/**
 * An endpoint config written like a connector's, using the CDK's credentials from another
 * compilation unit (the main classes): the processor must read their annotations from class files.
 *
 * @param credentials the usual OAuth2-or-token choice
 * @param client client credentials
 * @param google a service account
 * @param startDate a field that is not credentials
 */
@Model
public record OAuthConfig(
    @JsonProperty(required = true) @Title("Authentication") OAuth2OrAccessToken credentials,
    ClientCredentials client,
    GoogleServiceAccount google,
    @JsonProperty("start_date") Instant startDate) {}
