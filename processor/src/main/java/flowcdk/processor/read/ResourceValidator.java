package flowcdk.processor.read;

import flowcdk.processor.diag.Messages;
import flowcdk.processor.diag.Outcome;
import flowcdk.processor.diag.Report;
import flowcdk.processor.model.ModelSpec;
import flowcdk.processor.model.PropertySpec;
import flowcdk.processor.model.ResourceModel;
import flowcdk.processor.model.TypeRef;
import flowcdk.processor.model.WebhookRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The validator of {@code @Resource}: the class shape, the document model, the key pointers (each
 * must name a required property of the document), the interval, schedule and reduction strategy,
 * and a webhook resource's rules ({@link WebhookReader}). A webhook resource's class is a public
 * class that does not implement {@code ResourceOpener} (the CDK opens its bindings; nothing
 * instantiates the class), its key may name the {@code _meta} members the endpoint sets, and it has
 * no snapshot, interval or schedule.
 */
public final class ResourceValidator {

  /** Reduction strategies Flow knows. */
  static final List<String> REDUCTIONS =
      List.of(
          "append",
          "firstWriteWins",
          "lastWriteWins",
          "merge",
          "minimize",
          "maximize",
          "set",
          "sum");

  /**
   * The {@code _meta} members the webhook endpoint sets in every document that a webhook resource
   * may key on; the first is its usual key.
   */
  static final List<String> WEBHOOK_META_KEYS =
      List.of("/_meta/webhookId", "/_meta/receivedAt", "/_meta/reqPath");

  private static final Pattern DURATION =
      Pattern.compile(
          "-?P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?");

  private final Elements elements;
  private final Types types;
  private final ModelValidator models;

  /** A validator using the compiler's utilities and the model validator for documents. */
  public ResourceValidator(Elements elements, Types types, ModelValidator models) {
    this.elements = elements;
    this.types = types;
    this.models = models;
  }

  /**
   * The warning for {@code type}, which carries {@code @Resource}, if none of {@code captures} (the
   * {@code @Capture} classes compiled with it) lists it in {@code resources}; empty if one does.
   */
  public Optional<String> unlisted(TypeElement type, List<TypeElement> captures) {
    String owner = type.getQualifiedName().toString();
    List<String> names = new ArrayList<>();
    for (TypeElement capture : captures) {
      names.add(capture.getQualifiedName().toString());
      AnnotationMirror mirror =
          Mirrors.find(List.of(capture), AnnotationNames.CAPTURE).orElse(null);
      Object listed =
          mirror == null
              ? null
              : Mirrors.value(mirror, "resources").map(AnnotationValue::getValue).orElse(null);
      if (listed instanceof List<?> items) {
        for (Object item : items) {
          if (item instanceof AnnotationValue value
              && value.getValue() instanceof DeclaredType declared
              && declared.asElement() instanceof TypeElement element
              && element.getQualifiedName().contentEquals(owner)) {
            return Optional.empty();
          }
        }
      }
    }
    return Optional.of(Messages.resourceUnlisted(owner, type.getSimpleName().toString(), names));
  }

  /** Validates {@code type}, which carries {@code @Resource}. */
  public Outcome<ResourceModel> validate(TypeElement type) {
    Report report = new Report();
    String owner = type.getQualifiedName().toString();
    AnnotationMirror resource = Mirrors.find(List.of(type), AnnotationNames.RESOURCE).orElseThrow();

    boolean webhook = WebhookReader.declared(resource);
    TypeElement opener = elements.getTypeElement(AnnotationNames.BINDING_OPENER);
    boolean opens =
        opener != null && types.isAssignable(type.asType(), types.erasure(opener.asType()));
    if (webhook) {
      // Never instantiated: the CDK opens webhook bindings; the class carries the declaration.
      if (!ClassShape.publicClass(type)) {
        report.error(type, resource, null, Messages.webhookClass(owner));
      }
      if (opens) {
        report.error(type, resource, null, Messages.webhookOpener(owner));
      }
    } else {
      if (!ClassShape.instantiable(type)) {
        report.error(type, resource, null, Messages.resourceClass(owner));
      }
      if (!opens) {
        report.error(type, resource, null, Messages.resourceOpener(owner));
      }
    }
    String name = Mirrors.string(resource, "name").orElse("");
    if (name.isBlank()) {
      report.error(
          type,
          resource,
          Mirrors.value(resource, "name").orElse(null),
          Messages.resourceName(owner));
    }

    AnnotationValue documentValue = Mirrors.value(resource, "document").orElseThrow();
    TypeMirror documentType = (TypeMirror) documentValue.getValue();
    if (documentType.getKind() == TypeKind.ERROR) {
      return new Outcome.Deferred<>(documentType + " (the document of " + owner + ")");
    }
    TypeElement document = (TypeElement) ((DeclaredType) documentType).asElement();
    Optional<ModelSpec> documentModel = Optional.empty();
    if (Mirrors.find(List.of(document), AnnotationNames.MODEL).isEmpty()) {
      report.error(
          type,
          resource,
          documentValue,
          Messages.resourceDocument(owner, document.getSimpleName().toString()));
    } else {
      Outcome<ModelSpec> outcome = models.validate(document);
      if (outcome instanceof Outcome.Deferred<ModelSpec> deferred) {
        return new Outcome.Deferred<>(deferred.what());
      }
      if (outcome instanceof Outcome.Valid<ModelSpec> valid
          && valid.model().kind() != ModelSpec.Kind.ENUM
          && valid.model().kind() != ModelSpec.Kind.UNION) {
        documentModel = Optional.of(valid.model());
      } else if (outcome instanceof Outcome.Valid<ModelSpec>) {
        report.error(
            type,
            resource,
            documentValue,
            Messages.resourceDocument(owner, document.getSimpleName().toString()));
      }
      // An invalid document model reports its own problems.
    }

    boolean snapshot = Mirrors.bool(resource, "snapshot", false);
    List<String> key = new ArrayList<>();
    AnnotationValue keyValue = Mirrors.value(resource, "key").orElse(null);
    if (keyValue != null) {
      for (Object item : (List<?>) keyValue.getValue()) {
        key.add(String.valueOf(((AnnotationValue) item).getValue()));
      }
    }
    for (String pointer : key) {
      if (!pointer.startsWith("/")) {
        report.error(type, resource, keyValue, Messages.keySyntax(owner, pointer));
      } else if (webhook && pointer.startsWith("/_meta/")) {
        if (!WEBHOOK_META_KEYS.contains(pointer)) {
          report.error(
              type, resource, keyValue, Messages.webhookMetaKey(owner, pointer, WEBHOOK_META_KEYS));
        }
      } else if (documentModel.isPresent()) {
        checkKey(type, pointer, documentModel.get(), resource, keyValue, report);
      }
    }
    if (webhook) {
      for (String attribute : List.of("snapshot", "interval", "schedule")) {
        Optional<AnnotationValue> given = Mirrors.value(resource, attribute);
        String text = given.map(v -> String.valueOf(v.getValue())).orElse("");
        if (!text.isEmpty() && !text.equals("false")) {
          String shown =
              attribute.equals("snapshot") ? "snapshot = true" : attribute + " = \"" + text + "\"";
          report.error(type, resource, given.get(), Messages.webhookPolled(owner, shown));
        }
      }
    } else if (snapshot && !key.contains("/_meta/row_id")) {
      report.error(type, resource, keyValue, Messages.snapshotKey(owner));
    }
    List<WebhookRule> rules = WebhookReader.read(type, resource, report);

    Optional<String> interval = Mirrors.string(resource, "interval");
    if (!webhook && interval.isPresent() && !DURATION.matcher(interval.get()).matches()) {
      report.error(
          type,
          resource,
          Mirrors.value(resource, "interval").orElse(null),
          Messages.interval(owner, interval.get()));
    }
    Optional<String> schedule = Mirrors.string(resource, "schedule");
    if (!webhook && schedule.isPresent() && !CronSyntax.matches(schedule.get())) {
      report.error(
          type,
          resource,
          Mirrors.value(resource, "schedule").orElse(null),
          Messages.schedule(owner, schedule.get()));
    }
    Optional<String> reduction = Mirrors.string(resource, "reductionStrategy");
    if (reduction.isPresent() && !REDUCTIONS.contains(reduction.get())) {
      report.error(
          type,
          resource,
          Mirrors.value(resource, "reductionStrategy").orElse(null),
          Messages.reduction(owner, reduction.get(), REDUCTIONS));
    }
    if (!report.isClean() || documentModel.isEmpty()) {
      return new Outcome.Invalid<>(report);
    }
    ModelSpec doc = documentModel.get();
    return new Outcome.Valid<>(
        new ResourceModel(
            new TypeResolver(elements).classRef(type),
            name,
            key,
            doc.type(),
            doc.codec(),
            interval,
            schedule,
            snapshot,
            Mirrors.bool(resource, "schemaInference", true),
            reduction,
            Mirrors.bool(resource, "disable", false),
            rules));
  }

  /** Follows {@code pointer} through the document's properties; each step must be required. */
  private void checkKey(
      TypeElement type,
      String pointer,
      ModelSpec model,
      AnnotationMirror resource,
      AnnotationValue keyValue,
      Report report) {
    String owner = type.getQualifiedName().toString();
    String[] tokens = pointer.substring(1).split("/", -1);
    ModelSpec current = model;
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i].replace("~1", "/").replace("~0", "~");
      PropertySpec property = null;
      for (PropertySpec candidate : current.properties()) {
        if (!candidate.ignored() && candidate.jsonName().equals(token)) {
          property = candidate;
        }
      }
      String where = current.type().simpleName();
      if (property == null) {
        List<String> names =
            current.properties().stream()
                .filter(p -> !p.ignored())
                .map(PropertySpec::jsonName)
                .toList();
        report.error(
            type,
            resource,
            keyValue,
            Messages.keyUnknown(owner, pointer, where, token, Messages.didYouMean(token, names)));
        return;
      }
      String described = where + "." + property.javaName();
      if (property.type() instanceof TypeRef.MetaRef) {
        return; // _meta members (op, row_id, connector extras) are the strategies' to fill
      }
      if (!property.required()) {
        report.error(type, resource, keyValue, Messages.keyNotRequired(owner, pointer, described));
        return;
      }
      if (i == tokens.length - 1) {
        if (!(property.type() instanceof TypeRef.Scalar scalar)
            || scalar.kind() == flowcdk.processor.model.ScalarKind.RAW_JSON) {
          if (!(property.type() instanceof TypeRef.EnumRef)) {
            report.error(
                type, resource, keyValue, Messages.keyNotScalar(owner, pointer, described));
          }
        }
        return;
      }
      if (!(property.type() instanceof TypeRef.ModelRef nested)) {
        report.error(type, resource, keyValue, Messages.keyNotScalar(owner, pointer, described));
        return;
      }
      TypeElement nestedType = elements.getTypeElement(nested.type().canonicalName());
      Outcome<ModelSpec> outcome = models.validate(nestedType);
      if (!(outcome instanceof Outcome.Valid<ModelSpec> valid)) {
        return;
      }
      current = valid.model();
    }
  }
}
