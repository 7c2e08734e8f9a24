package acme;

import flowcdk.annotations.Model;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Collections, maps, optionals and arrays: the shapes of processor-tests' Containers. */
@Model
public record Containers(
    List<String> names,
    Set<Integer> numbers,
    Map<String, Long> counts,
    Optional<String> note,
    String[] tags,
    int[] scores,
    double[] weights,
    List<List<Integer>> matrix,
    Map<String, List<String>> groups,
    Collection<String> collection,
    Optional<List<Integer>> maybeList) {}
