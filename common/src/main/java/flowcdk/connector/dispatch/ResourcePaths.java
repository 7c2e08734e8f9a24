package flowcdk.connector.dispatch;

import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Computes a resource config's resource path from the capture's resource path pointers. */
public final class ResourcePaths {

  /** The pointers of the standard resource config: {@code ["/name"]}. */
  public static final List<String> STANDARD_POINTERS = List.of("/name");

  private ResourcePaths() {}

  /**
   * The values at {@code pointers} in {@code resourceConfig}, as strings (absent values are empty
   * strings, so a config missing its name never matches a resource).
   */
  static List<String> of(RawJson resourceConfig, List<String> pointers) {
    Object root = JsonValues.read(resourceConfig);
    List<String> path = new ArrayList<>();
    for (String pointer : pointers) {
      Object node = root;
      for (String token : pointer.substring(1).split("/", -1)) {
        String name = token.replace("~1", "/").replace("~0", "~");
        node = node instanceof Map<?, ?> map ? map.get(name) : null;
      }
      path.add(node == null ? "" : String.valueOf(node));
    }
    return path;
  }
}
