package flowcdk.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks source the Flow CDK processor generated. Ours rather than {@code
 * javax.annotation.processing .Generated}, which modular builds cannot always see.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Generated {
  /** The generator, e.g. {@code flowcdk.processor.generate.CodecGenerator}. */
  String value();

  /** The type it was generated from. */
  String from() default "";
}
