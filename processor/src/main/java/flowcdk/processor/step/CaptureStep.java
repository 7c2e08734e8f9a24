package flowcdk.processor.step;

import flowcdk.processor.diag.Outcome;
import flowcdk.processor.generate.ConnectorDocsGenerator;
import flowcdk.processor.generate.DispatchGenerator;
import flowcdk.processor.generate.RegistryGenerator;
import flowcdk.processor.model.CaptureModel;
import flowcdk.processor.read.AnnotationNames;
import flowcdk.processor.read.CaptureValidator;
import flowcdk.processor.read.ModelValidator;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * {@code @Capture}: validates the connector and generates its registry, dispatcher and main, and
 * its documentation page.
 */
public final class CaptureStep extends ValidatingStep<CaptureModel> {

  private final CaptureValidator validator;
  private final RegistryGenerator registry = new RegistryGenerator();
  private final DispatchGenerator dispatch = new DispatchGenerator();
  private final ConnectorDocsGenerator docs;

  /**
   * A step for the given processing environment, sharing {@code validator} and the {@code models}
   * validator it uses.
   */
  public CaptureStep(ProcessingEnvironment env, CaptureValidator validator, ModelValidator models) {
    super(env, AnnotationNames.CAPTURE);
    this.validator = validator;
    this.docs = new ConnectorDocsGenerator(env, models);
  }

  @Override
  Outcome<CaptureModel> validate(TypeElement type) {
    return validator.validate(type);
  }

  @Override
  void generate(CaptureModel model, TypeElement type) {
    registry.generate(env.getFiler(), model, type);
    dispatch.generate(env.getFiler(), model, type);
    docs.generate(model, type);
  }
}
