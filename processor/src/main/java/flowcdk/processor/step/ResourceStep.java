package flowcdk.processor.step;

import flowcdk.processor.diag.Outcome;
import flowcdk.processor.model.ResourceModel;
import flowcdk.processor.read.AnnotationNames;
import flowcdk.processor.read.ResourceValidator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * {@code @Resource}: validates each annotated class and reports its problems where they are.
 * Nothing is generated per resource; the registry of the {@code @Capture} that lists it is. After
 * the last round, a resource that no {@code @Capture} of the compilation lists gets a warning.
 */
public final class ResourceStep extends ValidatingStep<ResourceModel> {

  private final ResourceValidator validator;

  /** The {@code @Resource} and {@code @Capture} classes of every round, by qualified name. */
  private final Set<String> resources = new LinkedHashSet<>();

  private final Set<String> captures = new LinkedHashSet<>();

  /** A step for the given processing environment, sharing {@code validator}. */
  public ResourceStep(ProcessingEnvironment env, ResourceValidator validator) {
    super(env, AnnotationNames.RESOURCE);
    this.validator = validator;
  }

  @Override
  void beforeRound(RoundEnvironment round) {
    collect(round, AnnotationNames.RESOURCE, resources);
    collect(round, AnnotationNames.CAPTURE, captures);
  }

  @Override
  Outcome<ResourceModel> validate(TypeElement type) {
    return validator.validate(type);
  }

  @Override
  void generate(ResourceModel model, TypeElement type) {
    // The capture's registry instantiates resources; a resource alone generates nothing.
  }

  @Override
  public void finish() {
    super.finish();
    List<TypeElement> connectors = new ArrayList<>();
    for (String name : captures) {
      Optional.ofNullable(env.getElementUtils().getTypeElement(name)).ifPresent(connectors::add);
    }
    for (String name : resources) {
      TypeElement resource = env.getElementUtils().getTypeElement(name);
      if (resource != null) {
        validator
            .unlisted(resource, connectors)
            .ifPresent(
                message ->
                    env.getMessager().printMessage(Diagnostic.Kind.WARNING, message, resource));
      }
    }
  }

  private void collect(RoundEnvironment round, String annotation, Set<String> names) {
    TypeElement annotationType = env.getElementUtils().getTypeElement(annotation);
    if (annotationType == null) {
      return;
    }
    for (Element element : round.getElementsAnnotatedWith(annotationType)) {
      if (element instanceof TypeElement type) {
        names.add(type.getQualifiedName().toString());
      }
    }
  }
}
