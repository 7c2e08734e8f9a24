package acme;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Const;
import flowcdk.annotations.Discriminator;
import flowcdk.annotations.Model;
import flowcdk.annotations.OAuth2Provider;
import flowcdk.annotations.Secret;
import flowcdk.annotations.Title;

/** How to authenticate: a choice between models, told apart by {@code credentials_title}. */
@Model(title = "Authentication")
@Discriminator("credentials_title")
public sealed interface Credentials {

  /** An API key. */
  @Model(title = "API Key")
  record ApiKey(
      @Const("API Key") @JsonProperty("credentials_title") String credentialsTitle,
      @Secret @JsonProperty(value = "api_key", required = true) String apiKey) implements Credentials {}

  /** OAuth2 tokens. */
  @Model(title = "OAuth2")
  @OAuth2Provider("acme")
  record OAuth2(
      @Const("OAuth Credentials") @JsonProperty("credentials_title") String credentialsTitle,
      @JsonProperty(value = "client_id", required = true) String clientId,
      @Secret @JsonProperty(value = "client_secret", required = true) String clientSecret,
      @Secret @Title("Refresh Token") @JsonProperty(value = "refresh_token", required = true) String refreshToken)
      implements Credentials {}
}
