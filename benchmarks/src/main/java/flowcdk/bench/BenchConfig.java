package flowcdk.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import flowcdk.annotations.Model;

/**
 * The bench connector's config (docs/benchmarks.md#the-workload); every field is optional.
 *
 * @param bindings number of resources, named items0, items1, ...
 * @param docs documents per binding
 * @param page documents per backfill page
 * @param model whether documents are built as typed models (or as generic JSON objects)
 * @param pad length of the pad string in each document
 */
@Model
public record BenchConfig(
    @JsonProperty(defaultValue = "1")
        @JsonPropertyDescription("Number of resources, named items0, items1, ...")
        int bindings,
    @JsonProperty(defaultValue = "100000") @JsonPropertyDescription("Documents per binding")
        long docs,
    @JsonProperty(defaultValue = "1000") @JsonPropertyDescription("Documents per backfill page")
        int page,
    @JsonProperty(defaultValue = "true")
        @JsonPropertyDescription("Typed models (true) or generic JSON objects (false)")
        boolean model,
    @JsonProperty(defaultValue = "64") @JsonPropertyDescription("Length of the pad string")
        int pad) {}
