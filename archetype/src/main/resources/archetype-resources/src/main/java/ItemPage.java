package ${package};

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import java.util.List;

/**
 * One page of {@code GET /items}: the items, and the cursor of the next page.
 *
 * @param data the page's items
 * @param nextCursor the next page's cursor; null on the last page
 */
@Model
public record ItemPage(
    @JsonProperty(required = true) List<Item> data,
    @JsonProperty("next_cursor") String nextCursor) {}
