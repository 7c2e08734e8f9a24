package flowcdk.processor.read;

import flowcdk.processor.diag.Messages;
import flowcdk.processor.diag.Outcome;
import flowcdk.processor.diag.Report;
import flowcdk.processor.model.CaptureModel;
import flowcdk.processor.model.ClassRef;
import flowcdk.processor.model.ModelSpec;
import flowcdk.processor.model.OAuth2Spec;
import flowcdk.processor.model.PropertySpec;
import flowcdk.processor.model.ResourceModel;
import flowcdk.processor.model.ScalarKind;
import flowcdk.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The validator of {@code @Capture}: the connector class, its config models, its resources (each
 * validated by the {@link ResourceValidator}, whose problems the resource step reports), their
 * unique names (a resource with several webhook rules has one per rule, {@code <name>_<rule>}) and
 * the conflicts between their webhook rules ({@link WebhookConflicts}).
 */
public final class CaptureValidator {

  private final Elements elements;
  private final Types types;
  private final ModelValidator models;
  private final ResourceValidator resources;
  private final TypeResolver resolver;

  /** A validator using the compiler's utilities and the other validators. */
  public CaptureValidator(
      Elements elements, Types types, ModelValidator models, ResourceValidator resources) {
    this.elements = elements;
    this.types = types;
    this.models = models;
    this.resources = resources;
    this.resolver = new TypeResolver(elements);
  }

  /** A config model that is not resolved yet. */
  private static final class Later extends RuntimeException {
    Later(String what) {
      super(what, null, false, false);
    }
  }

  /** Validates {@code type}, which carries {@code @Capture}. */
  public Outcome<CaptureModel> validate(TypeElement type) {
    try {
      return check(type);
    } catch (Later later) {
      return new Outcome.Deferred<>(later.getMessage());
    }
  }

  private Outcome<CaptureModel> check(TypeElement type) {
    Report report = new Report();
    String owner = type.getQualifiedName().toString();
    AnnotationMirror capture = Mirrors.find(List.of(type), AnnotationNames.CAPTURE).orElseThrow();
    if (!ClassShape.instantiable(type)) {
      report.error(type, capture, null, Messages.captureClass(owner));
    }
    String docsUrl = Mirrors.string(capture, "docsUrl").orElse("");
    if (!(docsUrl.startsWith("https://") || docsUrl.startsWith("http://"))) {
      report.error(
          type,
          capture,
          Mirrors.value(capture, "docsUrl").orElse(null),
          Messages.docsUrl(owner, docsUrl));
    }

    AnnotationValue configValue = Mirrors.value(capture, "config").orElseThrow();
    TypeMirror configType = (TypeMirror) configValue.getValue();
    if (configType.getKind() == TypeKind.ERROR) {
      return new Outcome.Deferred<>(configType + " (the config of " + owner + ")");
    }
    Optional<ModelSpec> config = model(type, capture, configValue, "config", configType, report);

    TypeElement connector = elements.getTypeElement(AnnotationNames.CAPTURE_CONNECTOR);
    if (connector == null
        || !types.isAssignable(
            type.asType(),
            types.getDeclaredType(
                connector,
                configType.getKind() == TypeKind.DECLARED ? configType : types.getNullType()))) {
      report.error(
          type,
          capture,
          null,
          Messages.captureConnector(
              owner, ((DeclaredType) configType).asElement().getSimpleName().toString()));
    }

    List<String> resourcePath = Mirrors.strings(capture, "resourcePath");
    if (resourcePath.isEmpty()) {
      resourcePath = List.of("/name");
    }
    ClassRef resourceConfigRef;
    ClassRef resourceConfigCodec;
    TypeMirror resourceConfigModel;
    AnnotationValue resourceConfigValue = Mirrors.value(capture, "resourceConfig").orElse(null);
    TypeMirror resourceConfigType =
        resourceConfigValue == null ? null : (TypeMirror) resourceConfigValue.getValue();
    if (resourceConfigType == null || resourceConfigType.getKind() == TypeKind.VOID) {
      TypeElement standard = elements.getTypeElement(AnnotationNames.STANDARD_RESOURCE_CONFIG);
      resourceConfigRef =
          standard == null
              ? new ClassRef("flowcdk.connector", List.of("ResourceConfig"))
              : resolver.classRef(standard);
      resourceConfigCodec = resourceConfigRef.generatedSibling("Json");
      resourceConfigModel = standard == null ? null : standard.asType();
    } else if (resourceConfigType.getKind() == TypeKind.ERROR) {
      return new Outcome.Deferred<>(resourceConfigType + " (the resource config of " + owner + ")");
    } else {
      Optional<ModelSpec> resourceConfig =
          model(type, capture, resourceConfigValue, "resourceConfig", resourceConfigType, report);
      resourceConfigRef = resourceConfig.map(ModelSpec::type).orElse(null);
      resourceConfigCodec = resourceConfig.map(ModelSpec::codec).orElse(null);
      resourceConfigModel = resourceConfigType;
      if (resourceConfig.isPresent()) {
        checkResourcePath(type, capture, resourcePath, resourceConfig.get(), report);
      }
    }
    if ((resourceConfigType == null || resourceConfigType.getKind() == TypeKind.VOID)
        && !resourcePath.equals(List.of("/name"))) {
      report.error(
          type,
          capture,
          Mirrors.value(capture, "resourcePath").orElse(null),
          Messages.resourcePath(
              owner,
              String.join(", ", resourcePath),
              "the standard ResourceConfig",
              "the standard resource config's path is /name; name a resourceConfig model with these properties"));
    }

    Optional<OAuth2Spec> oauth2 = OAuth2Reader.capture(type, report);

    List<ResourceModel> declared = new ArrayList<>();
    Map<String, String> byName = new HashMap<>();
    boolean resourcesValid = true;
    AnnotationValue resourcesValue = Mirrors.value(capture, "resources").orElse(null);
    if (resourcesValue != null) {
      for (Object item : (List<?>) resourcesValue.getValue()) {
        TypeMirror resourceType = (TypeMirror) ((AnnotationValue) item).getValue();
        if (resourceType.getKind() == TypeKind.ERROR) {
          return new Outcome.Deferred<>(resourceType + " (a resource of " + owner + ")");
        }
        TypeElement resourceElement = (TypeElement) ((DeclaredType) resourceType).asElement();
        if (Mirrors.find(List.of(resourceElement), AnnotationNames.RESOURCE).isEmpty()) {
          report.error(
              type,
              capture,
              resourcesValue,
              Messages.captureResource(owner, resourceElement.getQualifiedName().toString()));
          continue;
        }
        Outcome<ResourceModel> outcome = resources.validate(resourceElement);
        if (outcome instanceof Outcome.Deferred<ResourceModel> deferred) {
          return new Outcome.Deferred<>(deferred.what());
        }
        if (!(outcome instanceof Outcome.Valid<ResourceModel> valid)) {
          resourcesValid = false; // the resource step reports its problems on the resource itself
          continue;
        }
        TypeElement opener = elements.getTypeElement(AnnotationNames.BINDING_OPENER);
        if (opener != null
            && !valid.model().isWebhook()
            && configType.getKind() == TypeKind.DECLARED
            && resourceConfigModel != null
            && resourceConfigModel.getKind() == TypeKind.DECLARED
            && !types.isAssignable(
                resourceElement.asType(),
                types.getDeclaredType(opener, configType, resourceConfigModel))) {
          report.error(
              type,
              capture,
              resourcesValue,
              Messages.resourceConfigType(
                  owner,
                  resourceElement.getQualifiedName().toString(),
                  ((DeclaredType) configType).asElement().getSimpleName().toString(),
                  ((DeclaredType) resourceConfigModel).asElement().getSimpleName().toString()));
        }
        String resourceName = resourceElement.getQualifiedName().toString();
        if (valid.model().webhook().size() > 1) {
          expandedNames(type, capture, resourcesValue, valid.model(), resourceName, byName, report);
        } else {
          String previous = byName.putIfAbsent(valid.model().name(), resourceName);
          if (previous != null) {
            report.error(
                type,
                capture,
                resourcesValue,
                previous.contains(" (")
                    ? Messages.webhookResourceName(
                        owner, valid.model().name(), previous, resourceName)
                    : Messages.duplicateResource(
                        owner, valid.model().name(), previous, resourceName));
          }
        }
        declared.add(valid.model());
      }
    }
    WebhookConflicts.check(type, capture, resourcesValue, declared, report);
    if (!report.isClean() || !resourcesValid || config.isEmpty() || resourceConfigCodec == null) {
      return new Outcome.Invalid<>(report);
    }
    return new Outcome.Valid<>(
        new CaptureModel(
            resolver.classRef(type),
            config.get().type(),
            config.get().codec(),
            resourceConfigRef,
            resourceConfigCodec,
            docsUrl,
            resourcePath,
            declared,
            oauth2));
  }

  /**
   * Adds the names of {@code resource}'s webhook rules, each {@code <name>_<rule>}, to {@code
   * byName} (name to who has it: for these names, the class and the rule), reporting a name taken.
   */
  private static void expandedNames(
      TypeElement type,
      AnnotationMirror capture,
      AnnotationValue resourcesValue,
      ResourceModel resource,
      String resourceName,
      Map<String, String> byName,
      Report report) {
    for (int i = 0; i < resource.webhook().size(); i++) {
      String name = resource.webhookName(i);
      String who = resourceName + " (" + resource.webhook().get(i).describe() + ")";
      String previous = byName.putIfAbsent(name, who);
      if (previous != null) {
        report.error(
            type,
            capture,
            resourcesValue,
            Messages.webhookResourceName(type.getQualifiedName().toString(), name, previous, who));
      }
    }
  }

  /**
   * Each pointer must be {@code /<property>} of a required string property of the resource config.
   */
  private static void checkResourcePath(
      TypeElement type,
      AnnotationMirror capture,
      List<String> pointers,
      ModelSpec resourceConfig,
      Report report) {
    String owner = type.getQualifiedName().toString();
    AnnotationValue value = Mirrors.value(capture, "resourcePath").orElse(null);
    for (String pointer : pointers) {
      String name = pointer.startsWith("/") ? pointer.substring(1) : null;
      PropertySpec property =
          name == null || name.contains("/")
              ? null
              : resourceConfig.properties().stream()
                  .filter(p -> p.jsonName().equals(name))
                  .findFirst()
                  .orElse(null);
      String simple = resourceConfig.type().simpleName();
      if (property == null) {
        report.error(
            type,
            capture,
            value,
            Messages.resourcePath(
                owner,
                pointer,
                simple,
                "it must be /<property> naming a top-level property of " + simple));
      } else if (!property.required()
          || !(property.type() instanceof TypeRef.Scalar scalar
              && scalar.kind() == ScalarKind.STRING)) {
        report.error(
            type,
            capture,
            value,
            Messages.resourcePath(
                owner,
                pointer,
                simple,
                "property "
                    + name
                    + " must be a required String (add @JsonProperty(required = true))"));
      }
    }
  }

  private Optional<ModelSpec> model(
      TypeElement type,
      AnnotationMirror capture,
      AnnotationValue value,
      String attribute,
      TypeMirror mirror,
      Report report) {
    String owner = type.getQualifiedName().toString();
    if (mirror.getKind() != TypeKind.DECLARED) {
      report.error(
          type, capture, value, Messages.captureConfig(owner, attribute, mirror.toString()));
      return Optional.empty();
    }
    TypeElement element = (TypeElement) ((DeclaredType) mirror).asElement();
    String simple = element.getSimpleName().toString();
    if (Mirrors.find(List.of(element), AnnotationNames.MODEL).isEmpty()) {
      report.error(type, capture, value, Messages.captureConfig(owner, attribute, simple));
      return Optional.empty();
    }
    Outcome<ModelSpec> outcome = models.validate(element);
    if (outcome instanceof Outcome.Deferred<ModelSpec> deferred) {
      throw new Later(deferred.what());
    }
    if (outcome instanceof Outcome.Valid<ModelSpec> valid
        && (valid.model().kind() == ModelSpec.Kind.RECORD
            || valid.model().kind() == ModelSpec.Kind.CLASS)) {
      return Optional.of(valid.model());
    }
    if (outcome instanceof Outcome.Valid<ModelSpec>) {
      report.error(type, capture, value, Messages.captureConfig(owner, attribute, simple));
    }
    return Optional.empty();
  }
}
