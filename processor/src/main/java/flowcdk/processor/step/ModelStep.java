package flowcdk.processor.step;

import flowcdk.processor.diag.Outcome;
import flowcdk.processor.diag.Report;
import flowcdk.processor.generate.CodecGenerator;
import flowcdk.processor.generate.schema.SchemaGenerator;
import flowcdk.processor.model.ModelSpec;
import flowcdk.processor.read.AnnotationNames;
import flowcdk.processor.read.ModelValidator;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * {@code @Model}: validates each annotated type, computes its schema (which needs every model it
 * refers to) and generates its codec.
 */
public final class ModelStep extends ValidatingStep<ModelStep.Ready> {

  /** A valid model with its schema, ready to generate. */
  record Ready(ModelSpec model, String schema) {}

  private final ModelValidator validator;
  private final SchemaGenerator schemas;
  private final CodecGenerator codecs = new CodecGenerator();

  /** Every type compiled from source in this build (so not from a library), by qualified name. */
  private final Set<String> sources = new HashSet<>();

  /** A step for the given processing environment, sharing {@code validator}. */
  public ModelStep(ProcessingEnvironment env, ModelValidator validator) {
    super(env, AnnotationNames.MODEL);
    this.validator = validator;
    this.schemas = new SchemaGenerator(validator, env.getElementUtils());
  }

  @Override
  void beforeRound(RoundEnvironment round) {
    collectSources(round.getRootElements());
  }

  @Override
  Outcome<Ready> validate(TypeElement type) {
    Outcome<ModelSpec> outcome = validator.validate(type);
    if (outcome instanceof Outcome.Deferred<ModelSpec> later) {
      return new Outcome.Deferred<>(later.what());
    }
    if (outcome instanceof Outcome.Invalid<ModelSpec> invalid) {
      return new Outcome.Invalid<>(invalid.report());
    }
    ModelSpec model = ((Outcome.Valid<ModelSpec>) outcome).model();
    try {
      return new Outcome.Valid<>(new Ready(model, schemas.schema(model)));
    } catch (SchemaGenerator.UnusableReference e) {
      if (e.outcome() instanceof Outcome.Deferred<ModelSpec> later) {
        return new Outcome.Deferred<>(later.what());
      }
      Report report = new Report();
      if (!sources.contains(e.type().getQualifiedName().toString())) {
        // A model from a library is never validated on its own: its problems are this one's.
        for (String problem : ((Outcome.Invalid<ModelSpec>) e.outcome()).report().messages()) {
          report.error(type, problem);
        }
      }
      // A model compiled here reports its own problems: one mistake, one message.
      return new Outcome.Invalid<>(report);
    }
  }

  @Override
  void generate(Ready ready, TypeElement type) {
    codecs.generate(env.getFiler(), ready.model(), ready.schema(), type);
  }

  private void collectSources(Collection<? extends Element> elements) {
    for (Element element : elements) {
      if (element instanceof TypeElement type) {
        sources.add(type.getQualifiedName().toString());
        collectSources(type.getEnclosedElements());
      }
    }
  }
}
