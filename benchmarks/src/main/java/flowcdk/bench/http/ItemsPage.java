package flowcdk.bench.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import flowcdk.bench.Item;
import java.util.List;

/**
 * One response of the {@link PageServer}, decoded by its generated codec.
 *
 * @param items the page's documents
 * @param next the next page's number, or null after the last page
 */
@Model
public record ItemsPage(@JsonProperty(required = true) List<Item> items, Integer next) {}
