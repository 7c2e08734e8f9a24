package flowcdk.processor.schema.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import java.util.List;
import java.util.Map;

/** Enums as properties, elements, map values, with a default. */
@Model
public record Enums(
    Color color,
    @NotNull Status status,
    List<Status> history,
    Map<String, Color> palette,
    @JsonProperty(defaultValue = "on-hold") Status fallback) {}
