package flowcdk.processor.read;

import flowcdk.processor.diag.Messages;
import flowcdk.processor.diag.Outcome;
import flowcdk.processor.diag.Report;
import flowcdk.processor.model.ClassRef;
import flowcdk.processor.model.ModelSpec;
import flowcdk.processor.model.PropertySpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The validator of {@code @Model}: checks one annotated type against every rule of {@code @Model}
 * and, if it passes, describes it as an immutable {@link ModelSpec}.
 */
public final class ModelValidator {

  private final Types typeUtils;
  private final TypeResolver types;
  private final PropertyReader properties;

  /** A validator using the compiler's utilities. */
  public ModelValidator(Elements elements, Types typeUtils) {
    this.typeUtils = typeUtils;
    this.types = new TypeResolver(elements);
    this.properties = new PropertyReader(types);
  }

  /** Validates {@code type}, which carries {@code @Model}. */
  public Outcome<ModelSpec> validate(TypeElement type) {
    Report report = new Report();
    String name = type.getQualifiedName().toString();
    AnnotationMirror model = Mirrors.find(List.of(type), AnnotationNames.MODEL).orElseThrow();

    if (!type.getTypeParameters().isEmpty()) {
      return invalid(report.error(type, model, null, Messages.modelGeneric(name)));
    }
    if (type.getModifiers().contains(Modifier.PRIVATE)) {
      return invalid(report.error(type, Messages.modelNotAccessible(name, "private")));
    }
    if (type.getNestingKind() == NestingKind.MEMBER
        && type.getKind() == ElementKind.CLASS
        && !type.getModifiers().contains(Modifier.STATIC)) {
      return invalid(
          report.error(type, Messages.modelNotAccessible(name, "a non-static inner class")));
    }
    if (type.getNestingKind() == NestingKind.LOCAL
        || type.getNestingKind() == NestingKind.ANONYMOUS) {
      return invalid(report.error(type, Messages.modelNotAccessible(name, "a local class")));
    }

    ClassRef ref = types.classRef(type);
    String title = Mirrors.string(model, "title").orElse(type.getSimpleName().toString());
    title =
        Mirrors.find(List.of(type), AnnotationNames.TITLE)
            .flatMap(m -> Mirrors.string(m, "value"))
            .orElse(title);
    Optional<String> description =
        Mirrors.find(List.of(type), AnnotationNames.JSON_CLASS_DESCRIPTION)
            .flatMap(m -> Mirrors.string(m, "value"));
    boolean strict = Mirrors.bool(model, "strict", false);
    Optional<String> oauth2 = OAuth2Reader.modelProvider(type, report);
    if (!report.isClean()) {
      return invalid(report);
    }

    return switch (type.getKind()) {
      case ENUM ->
          new Outcome.Valid<>(
              new ModelSpec(
                  ref,
                  ref.generatedSibling("Json"),
                  ModelSpec.Kind.ENUM,
                  title,
                  description,
                  List.of(),
                  Optional.empty(),
                  false,
                  Optional.empty(),
                  Optional.of(types.enumRef(type)),
                  Optional.empty()));
      case INTERFACE -> union(type, ref, title, description, report);
      case RECORD ->
          properties(
              type,
              ref,
              ModelSpec.Kind.RECORD,
              recordProperties(type),
              title,
              description,
              strict,
              oauth2,
              report);
      case CLASS -> {
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
          yield invalid(
              report.error(type, model, null, Messages.modelKind(name, "an abstract class")));
        }
        if (!type.getModifiers().contains(Modifier.FINAL)) {
          yield invalid(report.error(type, Messages.modelNotFinal(name)));
        }
        Optional<ExecutableElement> constructor = classConstructor(type);
        if (constructor.isEmpty()) {
          long count =
              ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                  .filter(c -> c.getModifiers().contains(Modifier.PUBLIC))
                  .count();
          yield invalid(report.error(type, Messages.modelConstructor(name, (int) count)));
        }
        if (constructor.get().getParameters().isEmpty() && javaBean(type)) {
          yield invalid(report.error(type, Messages.modelJavaBean(name)));
        }
        List<Candidate> candidates = classProperties(type, constructor.get(), report);
        if (!report.isClean()) {
          yield invalid(report);
        }
        yield properties(
            type,
            ref,
            ModelSpec.Kind.CLASS,
            candidates,
            title,
            description,
            strict,
            oauth2,
            report);
      }
      default ->
          invalid(
              report.error(
                  type,
                  model,
                  null,
                  Messages.modelKind(
                      name,
                      "an "
                          + type.getKind()
                              .name()
                              .toLowerCase(java.util.Locale.ROOT)
                              .replace('_', ' '))));
    };
  }

  /** One property before its annotations are read. */
  private record Candidate(
      String javaName, String accessor, TypeMirror type, Element anchor, List<Element> annotated) {}

  private List<Candidate> recordProperties(TypeElement type) {
    List<Candidate> candidates = new ArrayList<>();
    List<? extends RecordComponentElement> components = type.getRecordComponents();
    ExecutableElement canonical =
        ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
            .filter(c -> c.getParameters().size() == components.size())
            .filter(
                c -> {
                  for (int i = 0; i < components.size(); i++) {
                    if (!typeUtils.isSameType(
                        typeUtils.erasure(c.getParameters().get(i).asType()),
                        typeUtils.erasure(components.get(i).asType()))) {
                      return false;
                    }
                  }
                  return true;
                })
            .findFirst()
            .orElse(null);
    for (int i = 0; i < components.size(); i++) {
      RecordComponentElement component = components.get(i);
      String javaName = component.getSimpleName().toString();
      List<Element> annotated = new ArrayList<>();
      annotated.add(component);
      annotated.add(component.getAccessor());
      annotated.add(field(type, javaName));
      if (canonical != null) {
        annotated.add(canonical.getParameters().get(i));
      }
      // javac (17 at least) has no source position for a record component element, so messages go
      // on the component's private field, which is declared by the same tree.
      VariableElement componentField = field(type, javaName);
      Element anchor = componentField != null ? componentField : component;
      candidates.add(
          new Candidate(javaName, javaName + "()", component.asType(), anchor, annotated));
    }
    return candidates;
  }

  private Optional<ExecutableElement> classConstructor(TypeElement type) {
    List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
    List<ExecutableElement> creators =
        constructors.stream()
            .filter(c -> Mirrors.find(List.of(c), AnnotationNames.JSON_CREATOR).isPresent())
            .toList();
    if (creators.size() == 1) {
      return Optional.of(creators.get(0));
    }
    List<ExecutableElement> visible =
        constructors.stream().filter(c -> c.getModifiers().contains(Modifier.PUBLIC)).toList();
    return visible.size() == 1 ? Optional.of(visible.get(0)) : Optional.empty();
  }

  /**
   * Whether a class whose constructor takes nothing still looks like it has properties: instance
   * fields, or public getters ({@code getX()}, {@code isX()}) or setters ({@code setX(x)}). Such a
   * class would get no properties, since they are read from the constructor; a class with none of
   * these legitimately has none.
   */
  private static boolean javaBean(TypeElement type) {
    if (ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
        .anyMatch(f -> !f.getModifiers().contains(Modifier.STATIC))) {
      return true;
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      String methodName = method.getSimpleName().toString();
      int parameters = method.getParameters().size();
      if (method.getModifiers().contains(Modifier.PUBLIC)
          && !method.getModifiers().contains(Modifier.STATIC)
          && ((parameters == 0 && (beanName(methodName, "get") || beanName(methodName, "is")))
              || (parameters == 1 && beanName(methodName, "set")))) {
        return true;
      }
    }
    return false;
  }

  private static boolean beanName(String method, String prefix) {
    return method.length() > prefix.length()
        && method.startsWith(prefix)
        && Character.isUpperCase(method.charAt(prefix.length()));
  }

  private List<Candidate> classProperties(
      TypeElement type, ExecutableElement constructor, Report report) {
    List<Candidate> candidates = new ArrayList<>();
    String owner = type.getQualifiedName().toString();
    for (VariableElement parameter : constructor.getParameters()) {
      String parameterName = parameter.getSimpleName().toString();
      Optional<String> jsonName =
          Mirrors.find(List.of(parameter), AnnotationNames.JSON_PROPERTY)
              .flatMap(m -> Mirrors.string(m, "value"));
      boolean synthetic = parameterName.matches("arg\\d+");
      if (synthetic && jsonName.isEmpty()) {
        report.error(type, Messages.modelSyntheticName(owner, parameterName));
        continue;
      }
      // The Java name is the parameter's (the JSON name is read from @JsonProperty later), unless
      // the parameter's name was lost in compilation.
      String javaName = synthetic ? jsonName.get() : parameterName;
      String propertyName = parameterName;
      String accessor = null;
      Element accessorElement = null;
      String capitalized =
          Character.toUpperCase(propertyName.charAt(0)) + propertyName.substring(1);
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        String methodName = method.getSimpleName().toString();
        if (method.getModifiers().contains(Modifier.PUBLIC)
            && !method.getModifiers().contains(Modifier.STATIC)
            && method.getParameters().isEmpty()
            && (methodName.equals(propertyName)
                || methodName.equals("get" + capitalized)
                || methodName.equals("is" + capitalized))) {
          accessor = methodName + "()";
          accessorElement = method;
          break;
        }
      }
      VariableElement field = field(type, propertyName);
      if (accessor == null && field != null && field.getModifiers().contains(Modifier.PUBLIC)) {
        accessor = propertyName;
      }
      if (accessor == null) {
        report.error(parameter, Messages.modelNoAccessor(owner, propertyName));
        continue;
      }
      List<Element> annotated = new ArrayList<>();
      annotated.add(parameter);
      annotated.add(accessorElement);
      annotated.add(field);
      candidates.add(new Candidate(javaName, accessor, parameter.asType(), parameter, annotated));
    }
    return candidates;
  }

  private Outcome<ModelSpec> properties(
      TypeElement type,
      ClassRef ref,
      ModelSpec.Kind kind,
      List<Candidate> candidates,
      String title,
      Optional<String> description,
      boolean strict,
      Optional<String> oauth2,
      Report report) {
    String owner = type.getQualifiedName().toString();
    List<PropertySpec> specs = new ArrayList<>();
    Optional<ModelSpec.ExtrasSpec> extras = Optional.empty();
    int position = 0;
    Map<String, String> byJsonName = new HashMap<>();
    for (Candidate candidate : candidates) {
      PropertyReader.Result result =
          properties.read(
              owner,
              candidate.anchor(),
              candidate.annotated(),
              candidate.javaName(),
              candidate.accessor(),
              candidate.type(),
              report);
      if (result instanceof PropertyReader.Result.Deferred deferred) {
        return new Outcome.Deferred<>(
            deferred.what() + " (the type of property '" + candidate.javaName() + "')");
      }
      if (result instanceof PropertyReader.Result.Extras) {
        if (extras.isPresent()) {
          report.error(candidate.anchor(), Messages.extrasTwice(owner));
        }
        extras = Optional.of(new ModelSpec.ExtrasSpec(candidate.accessor(), position++));
        continue;
      }
      if (result instanceof PropertyReader.Result.Property property) {
        PropertySpec spec = property.spec();
        if (!spec.ignored()) {
          String previous = byJsonName.putIfAbsent(spec.jsonName(), spec.javaName());
          if (previous != null) {
            report.error(
                candidate.anchor(),
                Messages.duplicateName(owner, spec.jsonName(), previous, spec.javaName()));
          }
        }
        specs.add(spec);
      }
      position++;
    }
    if (!report.isClean()) {
      return invalid(report);
    }
    ClassRef codec = ref.generatedSibling("Json");
    return new Outcome.Valid<>(
        new ModelSpec(
            ref,
            codec,
            kind,
            title,
            description,
            specs,
            extras,
            strict,
            oauth2,
            Optional.empty(),
            Optional.empty()));
  }

  private Outcome<ModelSpec> union(
      TypeElement type, ClassRef ref, String title, Optional<String> description, Report report) {
    String owner = type.getQualifiedName().toString();
    Optional<AnnotationMirror> discriminator =
        Mirrors.find(List.of(type), AnnotationNames.DISCRIMINATOR);
    if (!type.getModifiers().contains(Modifier.SEALED) || discriminator.isEmpty()) {
      if (!type.getModifiers().contains(Modifier.SEALED)) {
        return invalid(
            report.error(type, Messages.modelKind(owner, "an interface that is not sealed")));
      }
      return invalid(report.error(type, Messages.unionDiscriminator(owner)));
    }
    String property = Mirrors.string(discriminator.get(), "value").orElse("");
    List<ModelSpec.Variant> variants = new ArrayList<>();
    Map<String, String> byConstant = new HashMap<>();
    for (TypeMirror permitted : type.getPermittedSubclasses()) {
      if (permitted.getKind() == TypeKind.ERROR) {
        return new Outcome.Deferred<>(permitted + " (a permitted subtype)");
      }
      TypeElement variant = (TypeElement) ((DeclaredType) permitted).asElement();
      String variantName = variant.getQualifiedName().toString();
      if (Mirrors.find(List.of(variant), AnnotationNames.MODEL).isEmpty()
          || !(variant.getKind() == ElementKind.RECORD || variant.getKind() == ElementKind.CLASS)) {
        report.error(type, Messages.unionVariant(owner, variantName));
        continue;
      }
      Optional<String> constant = Optional.empty();
      Outcome<ModelSpec> variantOutcome = validate(variant);
      if (variantOutcome instanceof Outcome.Deferred<ModelSpec> deferred) {
        return new Outcome.Deferred<>(deferred.what());
      }
      if (variantOutcome instanceof Outcome.Valid<ModelSpec> valid) {
        constant =
            valid.model().properties().stream()
                .filter(p -> p.jsonName().equals(property))
                .flatMap(p -> p.keywords().constant().stream())
                .findFirst();
      } else {
        continue; // the variant's own validation reports its problems
      }
      if (constant.isEmpty()) {
        report.error(type, Messages.unionConstant(owner, variantName, property));
        continue;
      }
      String previous = byConstant.putIfAbsent(constant.get(), variantName);
      if (previous != null) {
        report.error(type, Messages.unionDuplicate(owner, constant.get(), previous, variantName));
        continue;
      }
      ClassRef variantRef = types.classRef(variant);
      variants.add(
          new ModelSpec.Variant(variantRef, variantRef.generatedSibling("Json"), constant.get()));
    }
    if (!report.isClean()) {
      return invalid(report);
    }
    return new Outcome.Valid<>(
        new ModelSpec(
            ref,
            ref.generatedSibling("Json"),
            ModelSpec.Kind.UNION,
            title,
            description,
            List.of(),
            Optional.empty(),
            false,
            Optional.empty(),
            Optional.empty(),
            Optional.of(new ModelSpec.UnionSpec(property, variants))));
  }

  private static VariableElement field(TypeElement type, String name) {
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (field.getSimpleName().contentEquals(name)
          && !field.getModifiers().contains(Modifier.STATIC)) {
        return field;
      }
    }
    return null;
  }

  private static Outcome<ModelSpec> invalid(Report report) {
    return new Outcome.Invalid<>(report);
  }
}
