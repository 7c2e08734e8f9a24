package flowcdk.processor.schema.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import flowcdk.annotations.Title;

/** Titles: {@code @Model(title)}, {@code @Title} on properties, derived titles of odd names. */
@Model(title = "Custom Title")
public record Titled(
    @Title("Explicit") String named,
    String startDate,
    @JsonProperty("client_id") String clientId,
    @JsonProperty("x-api-version") String apiVersion,
    @JsonProperty("HTTPSProxy") String proxy,
    @JsonProperty("already Spaced") String spaced,
    String a) {}
