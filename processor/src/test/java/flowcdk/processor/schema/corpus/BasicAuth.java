package flowcdk.processor.schema.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Const;
import flowcdk.annotations.Model;
import flowcdk.annotations.Secret;

/** Username and password. */
@Model
public record BasicAuth(
    @JsonProperty("credentials_title") @Const("Username & Password") String credentialsTitle,
    @NotNull String username,
    @Secret @NotNull String password)
    implements Credentials {}
