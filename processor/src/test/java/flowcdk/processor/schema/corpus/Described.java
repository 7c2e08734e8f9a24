package flowcdk.processor.schema.corpus;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import flowcdk.annotations.Model;
import java.util.List;

/** Descriptions on the type and on properties of every shape. */
@Model
@JsonClassDescription("A model with \"quoted\" text,\nnewlines and unicode: caf\u00e9 \u2713")
public record Described(
    @JsonPropertyDescription("A plain description") String plain,
    @JsonPropertyDescription("Described list") List<String> items,
    @JsonPropertyDescription("Described nested model") Address address,
    @JsonPropertyDescription("Described enum") Color color,
    @JsonPropertyDescription("Tab\tand backslash \\ in text") int count) {}
