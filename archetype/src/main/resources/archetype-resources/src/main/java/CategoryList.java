package ${package};

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import java.util.List;

/**
 * The answer of {@code GET /categories}: every category, in id order.
 *
 * @param data the categories
 */
@Model
public record CategoryList(@JsonProperty(required = true) List<Category> data) {}
