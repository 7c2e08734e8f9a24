package flowcdk.processor.step;

import java.util.Set;
import javax.annotation.processing.RoundEnvironment;

/** The processing of one annotation: validate each annotated element, then generate from it. */
public interface Step {

  /** The annotation this step handles. */
  Set<String> annotations();

  /** Processes the elements of one round (and those deferred from earlier rounds). */
  void process(RoundEnvironment round);

  /** Reports every element still deferred after the last round. */
  void finish();
}
