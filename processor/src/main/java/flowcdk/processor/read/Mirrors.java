package flowcdk.processor.read;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Reads annotations through mirrors, by qualified name, never through {@code getAnnotation}. */
public final class Mirrors {

  private Mirrors() {}

  /** The first annotation named {@code qualifiedName} on any of {@code elements}. */
  public static Optional<AnnotationMirror> find(
      List<? extends Element> elements, String qualifiedName) {
    for (Element element : elements) {
      if (element == null) {
        continue;
      }
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
        if (type.getQualifiedName().contentEquals(qualifiedName)) {
          return Optional.of(mirror);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether any of {@code elements} has an annotation whose simple name is one of {@code names}.
   */
  public static boolean hasSimpleName(List<? extends Element> elements, List<String> names) {
    for (Element element : elements) {
      if (element == null) {
        continue;
      }
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        if (names.contains(mirror.getAnnotationType().asElement().getSimpleName().toString())) {
          return true;
        }
      }
      // Type-use annotations (e.g. JSpecify's @NonNull) sit on the type.
      for (AnnotationMirror mirror : element.asType().getAnnotationMirrors()) {
        if (names.contains(mirror.getAnnotationType().asElement().getSimpleName().toString())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The explicitly given value of attribute {@code name}, if any (defaults are not reported). */
  public static Optional<AnnotationValue> value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /** The explicitly given string attribute {@code name}, if non-empty. */
  public static Optional<String> string(AnnotationMirror mirror, String name) {
    return value(mirror, name).map(v -> String.valueOf(v.getValue())).filter(s -> !s.isEmpty());
  }

  /** The explicitly given string-array attribute {@code name}; empty if not given. */
  public static List<String> strings(AnnotationMirror mirror, String name) {
    return value(mirror, name)
        .map(
            v ->
                ((List<?>) v.getValue())
                    .stream()
                        .map(item -> String.valueOf(((AnnotationValue) item).getValue()))
                        .toList())
        .orElse(List.of());
  }

  /** The explicitly given boolean attribute {@code name}, or {@code fallback}. */
  public static boolean bool(AnnotationMirror mirror, String name, boolean fallback) {
    return value(mirror, name).map(v -> (Boolean) v.getValue()).orElse(fallback);
  }
}
