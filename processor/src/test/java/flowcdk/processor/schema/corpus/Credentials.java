package flowcdk.processor.schema.corpus;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import flowcdk.annotations.Discriminator;
import flowcdk.annotations.Model;

/** A discriminated union of credential shapes (reference §2.4). */
@Model
@Discriminator("credentials_title")
@JsonClassDescription("How to authenticate")
public sealed interface Credentials
    permits AccessToken, BasicAuth, OAuthCredentials, GoogleServiceAccount {}
