package flowcdk.processor.generate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The deprecation warnings a model's codec would raise in the user's build: the codec names the
 * model, calls its accessors and constructor, and names the types its properties hold, so a
 * {@code @Deprecated} one among them is a {@code deprecation} warning ({@code removal} when it is
 * deprecated for removal) that the generated code cannot avoid.
 */
final class DeprecatedUses {

  private DeprecatedUses() {}

  /** The warnings to suppress in the codec of {@code model}; empty when nothing is deprecated. */
  static Set<GeneratedAnnotations.Warning> in(TypeElement model) {
    List<Element> used = new ArrayList<>();
    addWithEnclosing(model, used);
    model.getPermittedSubclasses().forEach(variant -> addType(variant, used));
    for (Element member : model.getEnclosedElements()) {
      if (member.getModifiers().contains(Modifier.PRIVATE)
          || member.getModifiers().contains(Modifier.STATIC)) {
        // The codec, in the model's package, uses its instance members and constructors only.
        continue;
      }
      if (member instanceof ExecutableElement executable
          && (member.getKind() == ElementKind.CONSTRUCTOR
              || executable.getParameters().isEmpty())) {
        used.add(member);
        addType(executable.getReturnType(), used);
        executable.getParameters().forEach(parameter -> addType(parameter.asType(), used));
      } else if (member instanceof VariableElement field && member.getKind() == ElementKind.FIELD) {
        used.add(field);
        addType(field.asType(), used);
      }
    }
    Set<GeneratedAnnotations.Warning> warnings = EnumSet.noneOf(GeneratedAnnotations.Warning.class);
    for (Element element : used) {
      Deprecated deprecated = element.getAnnotation(Deprecated.class);
      if (deprecated != null) {
        warnings.add(
            deprecated.forRemoval()
                ? GeneratedAnnotations.Warning.REMOVAL
                : GeneratedAnnotations.Warning.DEPRECATION);
      }
    }
    return warnings;
  }

  /** The classes {@code type} names, with their type arguments and array components. */
  private static void addType(TypeMirror type, List<Element> used) {
    if (type instanceof ArrayType array) {
      addType(array.getComponentType(), used);
    } else if (type instanceof DeclaredType declared) {
      addWithEnclosing(declared.asElement(), used);
      declared.getTypeArguments().forEach(argument -> addType(argument, used));
    }
  }

  /** {@code type} and the classes it is nested in, which its name mentions. */
  private static void addWithEnclosing(Element type, List<Element> used) {
    for (Element at = type; at instanceof TypeElement; at = at.getEnclosingElement()) {
      used.add(at);
    }
  }
}
