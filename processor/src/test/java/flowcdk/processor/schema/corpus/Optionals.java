package flowcdk.processor.schema.corpus;

import flowcdk.annotations.Model;
import java.time.Instant;
import java.util.Optional;

/** Optional properties: never required, never nullable. */
@Model
public record Optionals(
    Optional<String> nickname,
    Optional<Integer> age,
    Optional<Address> address,
    Optional<Color> color,
    Optional<Instant> seen) {}
