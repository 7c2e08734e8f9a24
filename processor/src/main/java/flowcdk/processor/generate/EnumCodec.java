package flowcdk.processor.generate;

import com.palantir.javapoet.CodeBlock;
import flowcdk.processor.model.ModelSpec;
import flowcdk.processor.model.TypeRef;

/**
 * The bodies of an enum model's codec: a JSON string per constant, through the constant holding the
 * enum's JSON names. Codecs of models using the enum delegate to this codec.
 */
final class EnumCodec {

  private final String names;

  EnumCodec(ModelSpec model, ValueCode values) {
    TypeRef.EnumRef type = model.enumType().orElseThrow();
    this.names = values.enumNames(type);
  }

  CodeBlock writeBody() {
    return CodeBlock.of("$N.write(g, value);\n", names);
  }

  CodeBlock readBody() {
    return CodeBlock.of("return $N.read(p, ctx);\n", names);
  }
}
