package flowcdk.processor.schema.corpus;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import flowcdk.annotations.Discriminator;
import flowcdk.annotations.Model;

/**
 * A discriminated union of credential shapes
 * (docs/models.md#credential-choices-discriminated-unions).
 */
@Model
@Discriminator("credentials_title")
@JsonClassDescription("How to authenticate")
public sealed interface Credentials
    permits AccessToken, BasicAuth, OAuthCredentials, GoogleServiceAccount {}
