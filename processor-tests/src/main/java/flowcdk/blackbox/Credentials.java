package flowcdk.blackbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Const;
import flowcdk.annotations.Discriminator;
import flowcdk.annotations.Model;
import flowcdk.annotations.Secret;

/** A discriminated union: a record variant and a final-class variant. */
@Model
@Discriminator("credentials_title")
public sealed interface Credentials permits Credentials.OAuth, Credentials.ApiKey {

  /** OAuth credentials. */
  @Model
  record OAuth(
      @JsonProperty("credentials_title") @Const("OAuth Credentials") String title,
      @JsonProperty("client_id") @NotNull String clientId,
      @JsonProperty("client_secret") @Secret @NotNull String clientSecret)
      implements Credentials {}

  /** An API key, as a final class. */
  @Model
  final class ApiKey implements Credentials {
    private final String title;
    private final String key;

    public ApiKey(
        @JsonProperty("credentials_title") @Const("API Key") String title,
        @JsonProperty("api_key") @NotNull String key) {
      this.title = title;
      this.key = key;
    }

    public String getTitle() {
      return title;
    }

    public String getKey() {
      return key;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ApiKey that
          && java.util.Objects.equals(title, that.title)
          && java.util.Objects.equals(key, that.key);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(title, key);
    }

    @Override
    public String toString() {
      return "ApiKey[" + title + ", " + key + "]";
    }
  }
}
