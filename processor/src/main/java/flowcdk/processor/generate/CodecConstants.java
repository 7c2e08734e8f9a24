package flowcdk.processor.generate;

import com.palantir.javapoet.FieldSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The private constants of one generated codec: each gets a name no other member of the codec has,
 * and they are declared in the order they were created, so a constant is initialized before any
 * constant created from it (a default read with an enum's names, a reader of lists of lists).
 */
final class CodecConstants {

  /** The codec's public constants, which the private ones must not shadow. */
  private static final Set<String> RESERVED = Set.of("SCHEMA_JSON", "SCHEMA", "INSTANCE", "NAMES");

  private final Map<String, String> byKey = new HashMap<>();
  private final Set<String> taken = new HashSet<>(RESERVED);
  private final List<FieldSpec> fields = new ArrayList<>();

  /**
   * The name of the constant for {@code key}, created on first use by {@code create} from a name
   * made of {@code base}: {@code base} itself, or {@code base_2}, {@code base_3}, ... when taken.
   */
  String get(String key, String base, Function<String, FieldSpec> create) {
    String existing = byKey.get(key);
    if (existing != null) {
      return existing;
    }
    String name = base;
    for (int n = 2; taken.contains(name); n++) {
      name = base + "_" + n;
    }
    taken.add(name);
    byKey.put(key, name);
    fields.add(create.apply(name));
    return name;
  }

  /** The constants created so far, in creation order. */
  List<FieldSpec> fields() {
    return fields;
  }

  /** {@code fooBar} or {@code FooBar} as {@code FOO_BAR}. */
  static String constantCase(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1))) {
        out.append('_');
      }
      out.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
    }
    return out.toString();
  }
}
