package flowcdk.blackbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Less common shapes: every primitive array, arrays of arrays, an array of a generic type, bytes in
 * containers, enums in sets and maps, and Java names that differ only in case style.
 */
@Model
public record Odd(
    char[] chars,
    boolean[] flags,
    long[] longs,
    float[] floats,
    short[] shorts,
    byte[][] blobs,
    List<byte[]> blobList,
    Optional<int[]> maybeInts,
    int[][] grid,
    Set<Color> colors,
    Map<String, Color> colorByName,
    Map<String, Map<String, Integer>> nestedMaps,
    List<String>[] pages,
    String fooBar,
    @JsonProperty(defaultValue = "d") String foo_bar) {}
