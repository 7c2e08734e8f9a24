package flowcdk.blackbox;

import flowcdk.annotations.Model;
import flowcdk.runtime.codec.Extras;
import flowcdk.runtime.codec.Meta;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A captured document: {@code _meta}, declared properties, then everything else in extras. */
@Model
public record Document(
    Meta meta,
    @NotNull String id,
    Long count,
    Optional<String> note,
    Instant updated,
    List<String> tags,
    Extras extras) {}
