package flowcdk.processor.schema.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Advanced;
import flowcdk.annotations.Format;
import flowcdk.annotations.HiddenField;
import flowcdk.annotations.Model;
import flowcdk.annotations.Multiline;
import flowcdk.annotations.Nonsensitive;
import flowcdk.annotations.Order;
import flowcdk.annotations.Secret;
import java.time.Duration;
import java.util.List;

/** Every Estuary UI keyword, alone and combined. */
@Model
public record Order66(
    @Order(2) @NotNull String host,
    @Order(0) @Secret @Multiline @JsonProperty("private_key") String privateKey,
    @Order(1) @Format("email") String email,
    @Format("uri") String homepage,
    @Advanced List<String> extras,
    @Nonsensitive @JsonProperty(defaultValue = "PT1H") Duration interval,
    @HiddenField @JsonProperty("legacy_flag") Boolean legacyFlag,
    @Advanced @Nonsensitive @Order(3) int batch) {}
