package flowcdk.processor.diag;

/**
 * What validating one element produced: a model to generate from, problems to report, or a type
 * that is not resolved yet (to retry in the next round).
 *
 * @param <T> the model type
 */
public sealed interface Outcome<T> {

  /** A clean model. */
  record Valid<T>(T model) implements Outcome<T> {}

  /** Problems; nothing is generated. */
  record Invalid<T>(Report report) implements Outcome<T> {}

  /** Depends on a type that does not exist yet; {@code what} names it for the final error. */
  record Deferred<T>(String what) implements Outcome<T> {}
}
