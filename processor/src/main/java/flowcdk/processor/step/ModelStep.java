package flowcdk.processor.step;

import flowcdk.processor.diag.Messages;
import flowcdk.processor.diag.Outcome;
import flowcdk.processor.generate.CodecGenerator;
import flowcdk.processor.generate.schema.SchemaGenerator;
import flowcdk.processor.model.ModelSpec;
import flowcdk.processor.read.AnnotationNames;
import flowcdk.processor.read.ModelValidator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * {@code @Model}: validates each annotated type and generates its codec with the schema constant.
 * A type that refers to something not generated yet is retried in the next round, by name.
 */
public final class ModelStep implements Step {

  private final ProcessingEnvironment env;
  private final ModelValidator validator;
  private final SchemaGenerator schemas;
  private final CodecGenerator codecs;
  private final Map<String, String> deferred = new LinkedHashMap<>();
  private final Set<String> done = new LinkedHashSet<>();

  /** A step for the given processing environment. */
  public ModelStep(ProcessingEnvironment env) {
    this.env = env;
    this.validator = new ModelValidator(env.getElementUtils(), env.getTypeUtils());
    this.schemas = new SchemaGenerator(validator, env.getElementUtils());
    this.codecs = new CodecGenerator();
  }

  @Override
  public Set<String> annotations() {
    return Set.of(AnnotationNames.MODEL);
  }

  @Override
  public void process(RoundEnvironment round) {
    Set<TypeElement> todo = new LinkedHashSet<>();
    for (String name : deferred.keySet()) {
      TypeElement type = env.getElementUtils().getTypeElement(name);
      if (type != null) {
        todo.add(type);
      }
    }
    deferred.clear();
    TypeElement model = env.getElementUtils().getTypeElement(AnnotationNames.MODEL);
    if (model != null) {
      for (Element element : round.getElementsAnnotatedWith(model)) {
        if (element instanceof TypeElement type) {
          todo.add(type);
        }
      }
    }
    Messager messager = env.getMessager();
    for (TypeElement type : todo) {
      String name = type.getQualifiedName().toString();
      if (done.contains(name)) {
        continue;
      }
      try {
        Outcome<ModelSpec> outcome = validator.validate(type);
        if (outcome instanceof Outcome.Deferred<ModelSpec> later) {
          deferred.put(name, later.what());
        } else if (outcome instanceof Outcome.Invalid<ModelSpec> invalid) {
          invalid.report().printTo(messager);
          done.add(name);
        } else if (outcome instanceof Outcome.Valid<ModelSpec> valid) {
          String schema = schemas.schema(valid.model());
          codecs.generate(env.getFiler(), valid.model(), schema, type);
          done.add(name);
        }
      } catch (RuntimeException e) {
        messager.printMessage(Diagnostic.Kind.ERROR, Messages.crash(name, e), type);
        done.add(name);
      }
    }
  }

  @Override
  public void finish() {
    for (Map.Entry<String, String> entry : deferred.entrySet()) {
      TypeElement type = env.getElementUtils().getTypeElement(entry.getKey());
      String message = Messages.unresolved(entry.getKey(), entry.getValue());
      if (type != null) {
        env.getMessager().printMessage(Diagnostic.Kind.ERROR, message, type);
      } else {
        env.getMessager().printMessage(Diagnostic.Kind.ERROR, message);
      }
    }
    deferred.clear();
  }
}
