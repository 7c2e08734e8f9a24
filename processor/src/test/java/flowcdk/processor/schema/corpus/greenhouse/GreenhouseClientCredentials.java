package flowcdk.processor.schema.corpus.greenhouse;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Const;
import flowcdk.annotations.Model;
import flowcdk.annotations.Secret;
import flowcdk.annotations.Title;
import flowcdk.processor.schema.corpus.NotNull;

/** source-greenhouse-native's credentials: a client-credentials pair. */
@Model
@Title("Client Credentials")
public record GreenhouseClientCredentials(
    @JsonProperty("credentials_title") @Const("Client Credentials") String credentialsTitle,
    @JsonProperty("client_id") @Secret @NotNull String clientId,
    @JsonProperty("client_secret") @Secret @NotNull String clientSecret) {}
