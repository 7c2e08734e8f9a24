package acme;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import flowcdk.annotations.Advanced;
import flowcdk.annotations.Format;
import flowcdk.annotations.HiddenField;
import flowcdk.annotations.Model;
import flowcdk.annotations.Multiline;
import flowcdk.annotations.Nonsensitive;
import flowcdk.annotations.Order;
import flowcdk.annotations.Secret;
import flowcdk.annotations.Title;
import java.time.Duration;
import java.time.Instant;

/** The endpoint config of a capture: nested model, union, defaults and UI keywords. */
@Model(title = "Acme Source")
@JsonClassDescription("Captures from the Acme API.")
public record SourceConfig(
    @Order(0) @Format("uri") @JsonProperty(required = true) @JsonPropertyDescription("Base URL of the API.")
        String endpoint,
    @Order(1) Credentials credentials,
    @Order(2) @JsonProperty("start_date") Instant startDate,
    @Advanced @Nonsensitive @JsonProperty(value = "interval", defaultValue = "PT5M") Duration interval,
    @Advanced @JsonProperty(defaultValue = "100") int pageSize,
    @Advanced @JsonProperty(defaultValue = "us") Region region,
    @Advanced Tunnel tunnel,
    @HiddenField @JsonProperty(defaultValue = "true") Boolean legacyMode) {

  /** Where the account lives. */
  public enum Region {
    @JsonProperty("us") US,
    @JsonProperty("eu") EU
  }

  /** An SSH tunnel. */
  @Model
  @Title("SSH Tunnel")
  public record Tunnel(
      @JsonProperty(required = true) String host,
      @JsonProperty(defaultValue = "22") int port,
      @Secret @Multiline @JsonProperty("private_key") String privateKey) {}
}
