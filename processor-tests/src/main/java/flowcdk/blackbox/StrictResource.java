package flowcdk.blackbox;

import flowcdk.annotations.Model;
import java.time.Duration;

/** A strict model: unknown properties are problems. */
@Model(strict = true)
public record StrictResource(@NotNull String name, Duration interval, Boolean disable) {}
