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
  /** Every type compiled from source in this build (so not from a library), by qualified name. */
  private final Set<String> sources = new java.util.HashSet<>();

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
    collectSources(round.getRootElements());
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
          String schema;
          try {
            schema = schemas.schema(valid.model());
          } catch (SchemaGenerator.UnusableReference e) {
            if (e.outcome() instanceof Outcome.Deferred<ModelSpec> later) {
              deferred.put(name, later.what());
            } else {
              if (!sources.contains(e.type().getQualifiedName().toString())) {
                // A model from a library is never validated on its own: its problems are this one's.
                for (String problem : ((Outcome.Invalid<ModelSpec>) e.outcome()).report().messages()) {
                  messager.printMessage(Diagnostic.Kind.ERROR, problem, type);
                }
              }
              // A model compiled here reports its own problems; one mistake, one message.
              done.add(name);
            }
            continue;
          }
          codecs.generate(env.getFiler(), valid.model(), schema, type);
          done.add(name);
        }
      } catch (RuntimeException e) {
        messager.printMessage(Diagnostic.Kind.ERROR, Messages.crash(name, e), type);
        done.add(name);
      }
    }
  }

  private void collectSources(java.util.Collection<? extends Element> elements) {
    for (Element element : elements) {
      if (element instanceof TypeElement type) {
        sources.add(type.getQualifiedName().toString());
        collectSources(type.getEnclosedElements());
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
