package flowcdk.processor.model;

import java.util.List;

/**
 * A class name as the generators need it: package and the chain of simple names (nested types).
 *
 * @param packageName the package, empty for the default package
 * @param simpleNames outermost first
 */
public record ClassRef(String packageName, List<String> simpleNames) {

  /** Copies the names. */
  public ClassRef {
    simpleNames = List.copyOf(simpleNames);
  }

  /** The innermost simple name. */
  public String simpleName() {
    return simpleNames.get(simpleNames.size() - 1);
  }

  /** The canonical name, e.g. {@code com.acme.Outer.Inner}. */
  public String canonicalName() {
    String nested = String.join(".", simpleNames);
    return packageName.isEmpty() ? nested : packageName + "." + nested;
  }

  /** The top-level sibling named {@code <Outer>_<Inner><suffix>}, e.g. the generated codec. */
  public ClassRef generatedSibling(String suffix) {
    return new ClassRef(packageName, List.of(String.join("_", simpleNames) + suffix));
  }
}
