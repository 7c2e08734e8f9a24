package flowcdk.blackbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Const;
import flowcdk.annotations.Model;
import flowcdk.annotations.Secret;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Secret properties in every position a config can hold them: required, optional, with a const, in
 * a nested model, in a list and a map of models, and in a union variant. {@code @Secret} is for
 * strings only, so the nested models are reached through non-secret properties.
 */
@Model
public record Secrets(
    @Secret @NotNull String password,
    @Secret @JsonProperty("jdbc_url") Optional<String> jdbcUrl,
    @Secret @Const("v1") String version,
    Key key,
    List<Key> keys,
    Map<String, Key> byName,
    Credentials credentials,
    String plain) {

  /** A nested model with a secret. */
  @Model
  public record Key(
      @JsonProperty("private_key") @Secret @NotNull String privateKey, Integer bits) {}
}
