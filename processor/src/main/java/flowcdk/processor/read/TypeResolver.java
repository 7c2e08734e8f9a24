package flowcdk.processor.read;

import flowcdk.processor.model.ClassRef;
import flowcdk.processor.model.ScalarKind;
import flowcdk.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Maps the Java type of a model property to a {@link TypeRef}. */
final class TypeResolver {

  private final Elements elements;

  TypeResolver(Elements elements) {
    this.elements = elements;
  }

  Resolution resolve(TypeMirror type, boolean wholeProperty) {
    TypeKind kind = type.getKind();
    if (kind.isPrimitive()) {
      ScalarKind scalar = ScalarKind.ofPrimitive(kind.name().toLowerCase(java.util.Locale.ROOT));
      return scalar == null
          ? new Resolution.Unsupported(type.toString())
          : new Resolution.Resolved(new TypeRef.Scalar(scalar, true));
    }
    if (kind == TypeKind.ERROR) {
      return new Resolution.Unresolved(type.toString());
    }
    if (kind == TypeKind.ARRAY) {
      TypeMirror component = ((ArrayType) type).getComponentType();
      if (component.getKind() == TypeKind.BYTE) {
        return new Resolution.Resolved(new TypeRef.Scalar(ScalarKind.BYTES, false));
      }
      return element(component, TypeRef.ArrayRef::new);
    }
    if (kind != TypeKind.DECLARED) {
      return new Resolution.Unsupported(type.toString());
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    String name = element.getQualifiedName().toString();
    List<? extends TypeMirror> arguments = declared.getTypeArguments();

    ScalarKind scalar = ScalarKind.ofBoxed(name);
    if (scalar != null) {
      return new Resolution.Resolved(new TypeRef.Scalar(scalar, false));
    }
    switch (name) {
      case AnnotationNames.META -> {
        return new Resolution.Resolved(new TypeRef.MetaRef());
      }
      case AnnotationNames.EXTRAS -> {
        return new Resolution.ExtrasType();
      }
      case "java.util.List", "java.util.Collection" -> {
        boolean collection = name.equals("java.util.Collection");
        return arguments.size() == 1
            ? element(arguments.get(0), e -> new TypeRef.ListRef(e, false, collection))
            : new Resolution.Unsupported(type.toString());
      }
      case "java.util.Set" -> {
        return arguments.size() == 1
            ? element(arguments.get(0), e -> new TypeRef.ListRef(e, true))
            : new Resolution.Unsupported(type.toString());
      }
      case "java.util.Map" -> {
        if (arguments.size() != 2) {
          return new Resolution.Unsupported(type.toString());
        }
        TypeMirror key = arguments.get(0);
        if (key.getKind() == TypeKind.ERROR) {
          return new Resolution.Unresolved(key.toString());
        }
        if (!(key.getKind() == TypeKind.DECLARED
            && ((TypeElement) ((DeclaredType) key).asElement())
                .getQualifiedName()
                .contentEquals("java.lang.String"))) {
          return new Resolution.BadMapKey(key.toString());
        }
        return element(arguments.get(1), TypeRef.MapRef::new);
      }
      case "java.util.Optional" -> {
        if (!wholeProperty) {
          return new Resolution.MisplacedOptional();
        }
        return arguments.size() == 1
            ? element(arguments.get(0), TypeRef.OptionalRef::new)
            : new Resolution.Unsupported(type.toString());
      }
      default -> {}
    }
    if (!arguments.isEmpty()) {
      return new Resolution.Unsupported(type.toString());
    }
    if (element.getKind() == ElementKind.ENUM) {
      return new Resolution.Resolved(enumRef(element));
    }
    if (Mirrors.find(List.of(element), AnnotationNames.MODEL).isPresent()) {
      ClassRef ref = classRef(element);
      return new Resolution.Resolved(new TypeRef.ModelRef(ref, ref.generatedSibling("Json")));
    }
    return new Resolution.Unsupported(type.toString());
  }

  private Resolution element(
      TypeMirror element, java.util.function.Function<TypeRef, TypeRef> wrap) {
    Resolution inner = resolve(element, false);
    if (inner instanceof Resolution.Resolved resolved) {
      return new Resolution.Resolved(wrap.apply(resolved.type()));
    }
    if (inner instanceof Resolution.ExtrasType) {
      return new Resolution.Unsupported(element.toString());
    }
    return inner;
  }

  TypeRef.EnumRef enumRef(TypeElement element) {
    List<TypeRef.EnumConstant> constants = new ArrayList<>();
    for (Element enclosed : element.getEnclosedElements()) {
      if (enclosed.getKind() == ElementKind.ENUM_CONSTANT) {
        String javaName = enclosed.getSimpleName().toString();
        String jsonName =
            Mirrors.find(List.of(enclosed), AnnotationNames.JSON_PROPERTY)
                .flatMap(m -> Mirrors.string(m, "value"))
                .orElse(javaName);
        constants.add(new TypeRef.EnumConstant(javaName, jsonName));
      }
    }
    ClassRef type = classRef(element);
    Optional<ClassRef> codec =
        Mirrors.find(List.of(element), AnnotationNames.MODEL).isPresent()
            ? Optional.of(type.generatedSibling("Json"))
            : Optional.empty();
    return new TypeRef.EnumRef(type, constants, codec);
  }

  /** The class name of {@code element}, nested names outermost first. */
  ClassRef classRef(TypeElement element) {
    List<String> names = new ArrayList<>();
    Element at = element;
    while (at instanceof TypeElement type) {
      names.add(0, type.getSimpleName().toString());
      at = type.getEnclosingElement();
    }
    return new ClassRef(elements.getPackageOf(element).getQualifiedName().toString(), names);
  }
}
