package flowcdk.processor.step;

import flowcdk.processor.diag.Messages;
import flowcdk.processor.diag.Outcome;
import flowcdk.processor.generate.CodecGenerator;
import flowcdk.processor.generate.schema.SchemaGenerator;
import flowcdk.processor.model.ModelSpec;
import flowcdk.processor.read.AnnotationNames;
import flowcdk.processor.read.ModelValidator;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/** {@code @Model}: validates each annotated type and generates its codec with its schema. */
public final class ModelStep extends ValidatingStep<ModelSpec> {

  private final ModelValidator validator;
  private final SchemaGenerator schemas;
  private final CodecGenerator codecs = new CodecGenerator();

  /** A step for the given processing environment, sharing {@code validator}. */
  public ModelStep(ProcessingEnvironment env, ModelValidator validator) {
    super(env, AnnotationNames.MODEL);
    this.validator = validator;
    this.schemas = new SchemaGenerator(validator, env.getElementUtils());
  }

  @Override
  Outcome<ModelSpec> validate(TypeElement type) {
    return validator.validate(type);
  }

  @Override
  void generate(ModelSpec model, TypeElement type) {
    codecs.generate(env.getFiler(), model, schemas.schema(model), type);
  }

  @Override
  String unresolved(String type, String what) {
    return Messages.unresolved(type, what);
  }
}
