package flowcdk.processor.step;

import flowcdk.processor.diag.Outcome;
import flowcdk.processor.model.ResourceModel;
import flowcdk.processor.read.AnnotationNames;
import flowcdk.processor.read.ResourceValidator;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * {@code @Resource}: validates each annotated class and reports its problems where they are.
 * Nothing is generated per resource; the registry of the {@code @Capture} that lists it is.
 */
public final class ResourceStep extends ValidatingStep<ResourceModel> {

  private final ResourceValidator validator;

  /** A step for the given processing environment, sharing {@code validator}. */
  public ResourceStep(ProcessingEnvironment env, ResourceValidator validator) {
    super(env, AnnotationNames.RESOURCE);
    this.validator = validator;
  }

  @Override
  Outcome<ResourceModel> validate(TypeElement type) {
    return validator.validate(type);
  }

  @Override
  void generate(ResourceModel model, TypeElement type) {
    // The capture's registry instantiates resources; a resource alone generates nothing.
  }
}
