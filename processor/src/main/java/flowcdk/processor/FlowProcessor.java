package flowcdk.processor;

import com.google.auto.service.AutoService;
import flowcdk.processor.diag.Messages;
import flowcdk.processor.generate.ConnectorDocsGenerator;
import flowcdk.processor.read.CaptureValidator;
import flowcdk.processor.read.ModelValidator;
import flowcdk.processor.read.ResourceValidator;
import flowcdk.processor.step.CaptureStep;
import flowcdk.processor.step.ModelStep;
import flowcdk.processor.step.ResourceStep;
import flowcdk.processor.step.Step;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The Flow CDK annotation processor: a thin shell around one {@link Step} per annotation. It never
 * claims annotations (other processors may read them too) and never crashes javac: an unexpected
 * exception becomes one error asking for a bug report.
 */
@AutoService(Processor.class)
public final class FlowProcessor extends AbstractProcessor {

  private List<Step> steps = List.of();

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    ModelValidator models =
        new ModelValidator(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
    ResourceValidator resources =
        new ResourceValidator(
            processingEnv.getElementUtils(), processingEnv.getTypeUtils(), models);
    CaptureValidator captures =
        new CaptureValidator(
            processingEnv.getElementUtils(), processingEnv.getTypeUtils(), models, resources);
    steps =
        List.of(
            new ModelStep(processingEnv, models),
            new ResourceStep(processingEnv, resources),
            new CaptureStep(processingEnv, captures, models));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> names = new LinkedHashSet<>();
    for (Step step : steps) {
      names.addAll(step.annotations());
    }
    return names.isEmpty() ? Set.of("flowcdk.annotations.*") : names;
  }

  /** {@value ConnectorDocsGenerator#OPTION}: where the connector docs page is copied. */
  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(ConnectorDocsGenerator.OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (Step step : steps) {
      try {
        if (round.processingOver()) {
          step.finish();
        } else {
          step.process(round);
        }
      } catch (RuntimeException e) {
        processingEnv
            .getMessager()
            .printMessage(
                Diagnostic.Kind.ERROR, Messages.crash(step.getClass().getSimpleName(), e));
      }
    }
    return false;
  }
}
