package flowcdk.runtime.log;

import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The locations of secret fields in an endpoint config, read from its JSON schema.
 *
 * <p>A property is secret when its schema says {@code "secret": true} (Estuary's keyword) or {@code
 * "airbyte_secret": true}. Paths are lists of property names; {@code *} stands for any array item
 * or any member of a map. Alternatives ({@code oneOf}, {@code anyOf}, {@code allOf}, {@code
 * if/then/else}) and local references ({@code $ref} to {@code #/$defs/...} or {@code
 * #/definitions/...}) are followed, so a credentials union contributes the secrets of every branch.
 */
public final class SecretPaths {

  /** The wildcard path segment. */
  public static final String ANY = "*";

  private static final List<String> BRANCHES = List.of("oneOf", "anyOf", "allOf");
  private static final List<String> SINGLE_BRANCHES = List.of("if", "then", "else");

  private final Set<List<String>> paths;

  private SecretPaths(Set<List<String>> paths) {
    this.paths = Set.copyOf(paths);
  }

  /** No secrets. */
  public static SecretPaths none() {
    return new SecretPaths(Set.of());
  }

  /** The secret paths the given config schema declares. */
  public static SecretPaths fromSchema(RawJson configSchema) {
    Object root = JsonValues.read(configSchema);
    Set<List<String>> found = new HashSet<>();
    if (root instanceof Map<?, ?> map) {
      walk(map, map, new ArrayList<>(), found, new HashSet<>());
    }
    return new SecretPaths(found);
  }

  /** The paths, each a list of property names or {@link #ANY}. */
  public Set<List<String>> paths() {
    return paths;
  }

  /** Whether a value at {@code path} is secret. */
  public boolean isSecret(List<String> path) {
    if (paths.contains(path)) {
      return true;
    }
    outer:
    for (List<String> candidate : paths) {
      if (candidate.size() != path.size()) {
        continue;
      }
      for (int i = 0; i < path.size(); i++) {
        if (!candidate.get(i).equals(ANY) && !candidate.get(i).equals(path.get(i))) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static void walk(
      Map<?, ?> root,
      Map<?, ?> schema,
      List<String> path,
      Set<List<String>> found,
      Set<Object> seen) {
    Object ref = schema.get("$ref");
    // seen holds the references being expanded by enclosing schemas: a recursive reference is not
    // followed again (its path would grow forever), a reference used in several places still is.
    if (ref instanceof String pointer && seen.add(pointer)) {
      try {
        Object target = resolve(root, pointer);
        if (target instanceof Map<?, ?> targetSchema) {
          walk(root, targetSchema, path, found, seen);
        }
      } finally {
        seen.remove(pointer);
      }
    }
    if (Boolean.TRUE.equals(schema.get("secret"))
        || Boolean.TRUE.equals(schema.get("airbyte_secret"))) {
      found.add(List.copyOf(path));
    }
    if (schema.get("properties") instanceof Map<?, ?> properties) {
      for (Map.Entry<?, ?> property : properties.entrySet()) {
        if (property.getValue() instanceof Map<?, ?> propertySchema) {
          path.add(String.valueOf(property.getKey()));
          walk(root, propertySchema, path, found, seen);
          path.remove(path.size() - 1);
        }
      }
    }
    for (String keyword : List.of("items", "additionalProperties")) {
      if (schema.get(keyword) instanceof Map<?, ?> inner) {
        path.add(ANY);
        walk(root, inner, path, found, seen);
        path.remove(path.size() - 1);
      }
    }
    for (String keyword : BRANCHES) {
      if (schema.get(keyword) instanceof List<?> branches) {
        for (Object branch : branches) {
          if (branch instanceof Map<?, ?> branchSchema) {
            walk(root, branchSchema, path, found, seen);
          }
        }
      }
    }
    for (String keyword : SINGLE_BRANCHES) {
      if (schema.get(keyword) instanceof Map<?, ?> branchSchema) {
        walk(root, branchSchema, path, found, seen);
      }
    }
  }

  private static Object resolve(Map<?, ?> root, String pointer) {
    if (!pointer.startsWith("#/")) {
      return null;
    }
    Object node = root;
    for (String token : pointer.substring(2).split("/", -1)) {
      String name = token.replace("~1", "/").replace("~0", "~");
      if (!(node instanceof Map<?, ?> map)) {
        return null;
      }
      node = map.get(name);
    }
    return node;
  }
}
