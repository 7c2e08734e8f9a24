package flowcdk.processor.schema.corpus;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import flowcdk.annotations.Model;
import java.util.List;

/** The same nested model used twice, and in a list. */
@Model
public record Person(
    @NotNull String name,
    @JsonPropertyDescription("Where they live") Address home,
    Address work,
    List<Address> previous) {}
