package flowcdk.bench.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import flowcdk.annotations.Model;

/**
 * The config of the HTTP bench connector (docs/benchmarks.md#over-http).
 *
 * @param baseUrl the {@link PageServer}'s base URL, e.g. {@code http://127.0.0.1:8080}
 * @param bindings number of resources, named items0, items1, ...
 * @param maxConcurrent requests each instance keeps in flight at most, 0 for no limit: a limit of
 *     each client, not of the account (the scale-out benchmark)
 */
@Model
public record HttpBenchConfig(
    @JsonProperty(value = "base_url", required = true)
        @JsonPropertyDescription(
            "Base URL of the PageServer, e.g. http://127.0.0.1:8080 (no trailing slash)")
        String baseUrl,
    @JsonProperty(defaultValue = "1")
        @JsonPropertyDescription("Number of resources, named items0, items1, ...")
        int bindings,
    @JsonProperty(value = "max_concurrent", defaultValue = "0")
        @JsonPropertyDescription(
            "Requests each instance keeps in flight at most (0: no limit), as an API that limits"
                + " each client")
        int maxConcurrent) {}
