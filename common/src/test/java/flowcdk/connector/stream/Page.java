package flowcdk.connector.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import java.math.BigDecimal;

/**
 * The pagination metadata around the items of the streaming tests: their remainder.
 *
 * @param count how many items the page has
 * @param nextPage the cursor of the next page, if any
 * @param ratio a decimal that must keep all its digits
 */
@Model
public record Page(
    @JsonProperty(required = true) long count,
    @JsonProperty("next_page") String nextPage,
    BigDecimal ratio) {}
