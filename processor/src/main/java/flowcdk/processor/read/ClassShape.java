package flowcdk.processor.read;

import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/** Checks on the classes generated code instantiates. */
final class ClassShape {

  private ClassShape() {}

  /** A public (static, if nested) class: what a webhook resource, never instantiated, needs. */
  static boolean publicClass(TypeElement type) {
    return type.getKind() == ElementKind.CLASS
        && type.getModifiers().contains(Modifier.PUBLIC)
        && (type.getNestingKind() != NestingKind.MEMBER
            || type.getModifiers().contains(Modifier.STATIC));
  }

  /** A public final (static, if nested) class with a public no-argument constructor. */
  static boolean instantiable(TypeElement type) {
    if (type.getKind() != ElementKind.CLASS
        || !type.getModifiers().contains(Modifier.PUBLIC)
        || !type.getModifiers().contains(Modifier.FINAL)
        || (type.getNestingKind() == NestingKind.MEMBER
            && !type.getModifiers().contains(Modifier.STATIC))) {
      return false;
    }
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty()
          && constructor.getModifiers().contains(Modifier.PUBLIC)) {
        return true;
      }
    }
    return false;
  }
}
