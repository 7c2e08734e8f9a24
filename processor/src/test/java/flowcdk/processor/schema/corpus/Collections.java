package flowcdk.processor.schema.corpus;

import flowcdk.annotations.Model;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists, sets, maps, arrays and a map of lists. ({@code Collection<E>} and lists of lists are left out:
 * the codec generator does not compile them yet, see the schema-agreement report.)
 */
@Model
public record Collections(
    List<String> names,
    Set<Integer> ids,
    Map<String, Long> counts,
    Map<String, List<String>> groups,
    String[] tags,
    int[] scores,
    @NotNull List<Boolean> flags) {}
