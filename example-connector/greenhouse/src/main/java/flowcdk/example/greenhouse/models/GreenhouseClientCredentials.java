package flowcdk.example.greenhouse.models;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Const;
import flowcdk.annotations.Model;
import flowcdk.annotations.Secret;
import flowcdk.annotations.Title;
import flowcdk.connector.http.Credentials;

/**
 * A Harvest API client's id and secret, which buy access tokens at Greenhouse's token endpoint. Its
 * own record rather than the kit's {@code ClientCredentials}: Greenhouse's form is titled "Client
 * Credentials", where the kit's says "OAuth Credentials".
 *
 * @param credentialsTitle always {@code "Client Credentials"}
 * @param clientId the API client's id
 * @param clientSecret the API client's secret
 */
@Model
@Title("Client Credentials")
public record GreenhouseClientCredentials(
    @JsonProperty("credentials_title") @Const("Client Credentials") String credentialsTitle,
    @JsonProperty(value = "client_id", required = true) @Secret String clientId,
    @JsonProperty(value = "client_secret", required = true) @Secret String clientSecret)
    implements Credentials.Client {

  /** Shows the title only: the other fields are secrets. */
  @Override
  public String toString() {
    return "GreenhouseClientCredentials[credentialsTitle=" + credentialsTitle + ", ...]";
  }
}
