package flowcdk.processor.generate;

import com.palantir.javapoet.CodeBlock;
import flowcdk.processor.model.ModelSpec;
import flowcdk.processor.model.TypeRef;

/** The bodies of an enum model's codec: a JSON string per constant. */
final class EnumCodec {

  private final TypeRef.EnumRef type;
  private final ValueCode values;

  EnumCodec(ModelSpec model, ValueCode values) {
    this.type = model.enumType().orElseThrow();
    this.values = values;
  }

  CodeBlock writeBody() {
    return values.write(type, CodeBlock.of("value"));
  }

  CodeBlock readBody() {
    return CodeBlock.of("return $L;\n", values.read(type));
  }
}
