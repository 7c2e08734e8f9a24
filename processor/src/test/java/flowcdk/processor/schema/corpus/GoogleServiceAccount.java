package flowcdk.processor.schema.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import flowcdk.annotations.Const;
import flowcdk.annotations.Model;
import flowcdk.annotations.Multiline;
import flowcdk.annotations.Order;
import flowcdk.annotations.Secret;
import flowcdk.annotations.Title;

/** Google service-account credentials (order, multiline). */
@Model
public record GoogleServiceAccount(
    @JsonProperty("credentials_title") @Const("Google Service Account") @Order(0)
        String credentialsTitle,
    @JsonProperty("service_account")
        @Secret
        @Multiline
        @Order(1)
        @NotNull
        @Title("Google Service Account")
        @JsonPropertyDescription("Service account JSON key")
        String serviceAccount)
    implements Credentials {}
