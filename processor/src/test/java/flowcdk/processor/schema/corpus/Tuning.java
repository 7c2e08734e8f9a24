package flowcdk.processor.schema.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import flowcdk.annotations.Nonsensitive;

/** Optional knobs, shown in the Advanced section. */
@Model
public record Tuning(
    @JsonProperty(value = "window_size", defaultValue = "1000") @Nonsensitive Integer windowSize,
    @JsonProperty(value = "follow_redirects", defaultValue = "true") @Nonsensitive
        boolean followRedirects) {}
