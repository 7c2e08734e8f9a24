package flowcdk.connector.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import java.math.BigDecimal;

/** The pagination metadata around the items of the streaming tests: their remainder. */
@Model
record Page(
    @JsonProperty(required = true) long count,
    @JsonProperty("next_page") String nextPage,
    BigDecimal ratio) {}
