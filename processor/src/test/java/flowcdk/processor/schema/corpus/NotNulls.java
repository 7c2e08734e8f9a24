package flowcdk.processor.schema.corpus;

import flowcdk.annotations.Model;
import java.util.List;

/** Required by not-null annotations matched by simple name, whatever their retention. */
@Model
public record NotNulls(
    @NotNull String a,
    @NonNull String b,
    @Nonnull List<String> c,
    @NotNull Address d,
    String optional) {}
