package flowcdk.processor.schema.corpus;

import flowcdk.annotations.Model;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lists, collections, sets, maps, arrays, a map of lists and a list of lists. */
@Model
@SuppressWarnings("ArrayRecordComponent") // arrays are among what these schemas are compared on
public record Collections(
    List<String> names,
    Set<Integer> ids,
    Map<String, Long> counts,
    Map<String, List<String>> groups,
    String[] tags,
    int[] scores,
    @NotNull List<Boolean> flags,
    Collection<Long> totals,
    List<List<Double>> matrix) {}
