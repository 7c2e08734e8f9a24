package flowcdk.processor.step;

import flowcdk.processor.diag.Messages;
import flowcdk.processor.diag.Outcome;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The loop every step runs: for each type carrying the step's annotation (and each deferred from an
 * earlier round, kept by name), validate; report the problems of an invalid one; generate from a
 * valid one; retry one that depends on a type not generated yet, and report it only if it is still
 * unresolved after the last round. A crash on one element becomes one error on it.
 *
 * @param <M> the validated model
 */
abstract class ValidatingStep<M> implements Step {

  /** The processing environment. */
  protected final ProcessingEnvironment env;

  private final String annotation;
  private final Map<String, String> deferred = new LinkedHashMap<>();
  private final Set<String> done = new LinkedHashSet<>();

  ValidatingStep(ProcessingEnvironment env, String annotation) {
    this.env = env;
    this.annotation = annotation;
  }

  /** Called once per round before any element is validated. */
  void beforeRound(RoundEnvironment round) {}

  /** Validates one annotated type. */
  abstract Outcome<M> validate(TypeElement type);

  /** Generates from a valid model. */
  abstract void generate(M model, TypeElement type);

  @Override
  public Set<String> annotations() {
    return Set.of(annotation);
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
    beforeRound(round);
    TypeElement annotationType = env.getElementUtils().getTypeElement(annotation);
    if (annotationType != null) {
      for (Element element : round.getElementsAnnotatedWith(annotationType)) {
        if (element instanceof TypeElement type) {
          todo.add(type);
        }
      }
    }
    for (TypeElement type : todo) {
      String name = type.getQualifiedName().toString();
      if (done.contains(name)) {
        continue;
      }
      try {
        Outcome<M> outcome = validate(type);
        if (outcome instanceof Outcome.Deferred<M> later) {
          deferred.put(name, later.what());
          continue;
        }
        if (outcome instanceof Outcome.Invalid<M> invalid) {
          invalid.report().printTo(env.getMessager());
        } else if (outcome instanceof Outcome.Valid<M> valid) {
          generate(valid.model(), type);
        }
      } catch (RuntimeException e) {
        env.getMessager().printMessage(Diagnostic.Kind.ERROR, Messages.crash(name, e), type);
      }
      done.add(name);
    }
  }

  @Override
  public void finish() {
    for (Map.Entry<String, String> entry : deferred.entrySet()) {
      TypeElement type = env.getElementUtils().getTypeElement(entry.getKey());
      String simpleName = annotation.substring(annotation.lastIndexOf('.') + 1);
      String message = Messages.unresolved(simpleName, entry.getKey(), entry.getValue());
      if (type != null) {
        env.getMessager().printMessage(Diagnostic.Kind.ERROR, message, type);
      } else {
        env.getMessager().printMessage(Diagnostic.Kind.ERROR, message);
      }
    }
    deferred.clear();
  }
}
