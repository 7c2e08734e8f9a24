package flowcdk.blackbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import java.util.Optional;

/** The three ways to be required, and two optional properties. */
@Model
public record Required(
    int x,
    @NotNull String name,
    @JsonProperty(required = true) Long id,
    String optional,
    Optional<Integer> maybe) {}
