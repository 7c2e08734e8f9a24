package flowcdk.processor.schema.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Const;
import flowcdk.annotations.Model;
import flowcdk.annotations.OAuth2Provider;
import flowcdk.annotations.Secret;
import flowcdk.annotations.Title;
import java.time.Instant;

/** OAuth credentials filled by the UI's OAuth flow. */
@Model
@Title("OAuth")
@OAuth2Provider("hubspot")
public record OAuthCredentials(
    @JsonProperty("credentials_title") @Const("OAuth Credentials") String credentialsTitle,
    @JsonProperty("client_id") @Secret @NotNull String clientId,
    @JsonProperty("client_secret") @Secret @NotNull String clientSecret,
    @JsonProperty("refresh_token") @Secret @NotNull String refreshToken,
    @JsonProperty("access_token_expires_at") @Title("Access token expiration time.")
        Instant expiresAt)
    implements Credentials {}
