package flowcdk.processor.step;

import flowcdk.processor.diag.Outcome;
import flowcdk.processor.generate.DispatchGenerator;
import flowcdk.processor.generate.RegistryGenerator;
import flowcdk.processor.model.CaptureModel;
import flowcdk.processor.read.AnnotationNames;
import flowcdk.processor.read.CaptureValidator;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/** {@code @Capture}: validates the connector and generates its registry, dispatcher and main. */
public final class CaptureStep extends ValidatingStep<CaptureModel> {

  private final CaptureValidator validator;
  private final RegistryGenerator registry = new RegistryGenerator();
  private final DispatchGenerator dispatch = new DispatchGenerator();

  /** A step for the given processing environment, sharing {@code validator}. */
  public CaptureStep(ProcessingEnvironment env, CaptureValidator validator) {
    super(env, AnnotationNames.CAPTURE);
    this.validator = validator;
  }

  @Override
  Outcome<CaptureModel> validate(TypeElement type) {
    return validator.validate(type);
  }

  @Override
  void generate(CaptureModel model, TypeElement type) {
    registry.generate(env.getFiler(), model, type);
    dispatch.generate(env.getFiler(), model, type);
  }
}
