package flowcdk.processor.schema.corpus;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;

/** A nested model used by several others. */
@Model
@JsonClassDescription("A postal address")
public record Address(
    @NotNull String street, String city, @JsonProperty("postal_code") String postalCode) {}
