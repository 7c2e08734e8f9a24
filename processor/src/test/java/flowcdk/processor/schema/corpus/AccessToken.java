package flowcdk.processor.schema.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Const;
import flowcdk.annotations.Model;
import flowcdk.annotations.Secret;

/** Access-token credentials. */
@Model
public record AccessToken(
    @JsonProperty("credentials_title") @Const("Private App Credentials") String credentialsTitle,
    @JsonProperty("access_token") @Secret @NotNull String accessToken)
    implements Credentials {}
