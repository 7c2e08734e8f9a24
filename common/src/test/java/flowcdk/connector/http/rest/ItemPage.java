package flowcdk.connector.http.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import java.util.List;

/**
 * One page of the test API.
 *
 * @param items the page's documents
 * @param next the next page's number; absent on the last page
 */
@Model
public record ItemPage(@JsonProperty(required = true) List<Item> items, Integer next) {}
