package flowcdk.processor.generate;

import static flowcdk.processor.generate.RuntimeNames.JSON_PARSER;
import static flowcdk.processor.generate.RuntimeNames.JSON_TOKEN;
import static flowcdk.processor.generate.RuntimeNames.RAW_JSON;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import flowcdk.processor.model.ModelSpec;

/**
 * The bodies of a discriminated union's codec. Writing delegates to the variant's codec. Reading
 * copies the object (configs are small), finds the discriminator among its top-level members, and
 * decodes the copy with the variant it names.
 */
final class UnionCodec {

  private final ModelSpec model;
  private final ModelSpec.UnionSpec union;

  UnionCodec(ModelSpec model) {
    this.model = model;
    this.union = model.union().orElseThrow();
  }

  CodeBlock writeBody() {
    CodeBlock.Builder body = CodeBlock.builder();
    boolean first = true;
    for (ModelSpec.Variant variant : union.variants()) {
      ClassName type = GeneratedFiles.className(variant.model());
      if (first) {
        body.beginControlFlow("if (value instanceof $T variant)", type);
        first = false;
      } else {
        body.nextControlFlow("else if (value instanceof $T variant)", type);
      }
      body.addStatement("$T.INSTANCE.write(g, variant)", GeneratedFiles.className(variant.codec()));
    }
    return body.nextControlFlow("else")
        .addStatement(
            "throw new $T($S + value.getClass().getName())",
            IllegalArgumentException.class,
            "not a permitted variant of " + model.type().canonicalName() + ": ")
        .endControlFlow()
        .build();
  }

  CodeBlock readBody() {
    String expected =
        "one of "
            + String.join(
                ", ", union.variants().stream().map(v -> "\"" + v.constant() + "\"").toList());
    CodeBlock.Builder body =
        CodeBlock.builder()
            .beginControlFlow("if (p.currentToken() != $T.START_OBJECT)", JSON_TOKEN)
            .beginControlFlow("if (p.currentToken() != $T.VALUE_NULL)", JSON_TOKEN)
            .addStatement("ctx.typeMismatch($S, p)", "an object")
            .addStatement("p.skipChildren()")
            .endControlFlow()
            .addStatement("return null")
            .endControlFlow()
            .addStatement("$T copy = $T.copyOf(p)", RAW_JSON, RAW_JSON)
            .addStatement("String selector = null")
            .beginControlFlow("try ($T scan = copy.parser())", JSON_PARSER)
            .addStatement("scan.nextToken()")
            .beginControlFlow(
                "for (String field = scan.nextFieldName(); field != null; field = scan.nextFieldName())")
            .addStatement("scan.nextToken()")
            .beginControlFlow("if (field.equals($S))", union.propertyName())
            .beginControlFlow("if (scan.currentToken() != $T.VALUE_STRING)", JSON_TOKEN)
            .addStatement("ctx.push($S)", union.propertyName())
            .addStatement("ctx.typeMismatch($S, scan)", expected)
            .addStatement("ctx.pop()")
            .addStatement("return null")
            .endControlFlow()
            .addStatement("selector = scan.getText()")
            .endControlFlow()
            .addStatement("scan.skipChildren()")
            .endControlFlow()
            .endControlFlow()
            .beginControlFlow("if (selector == null)")
            .addStatement("ctx.push($S)", union.propertyName())
            .addStatement("ctx.problem($S)", "required property is missing; expected " + expected)
            .addStatement("ctx.pop()")
            .addStatement("return null")
            .endControlFlow()
            .beginControlFlow("try ($T variant = copy.parser())", JSON_PARSER)
            .addStatement("variant.nextToken()")
            .add("return switch (selector) {\n")
            .indent();
    for (ModelSpec.Variant variant : union.variants()) {
      body.add(
          "case $S -> $T.INSTANCE.read(variant, ctx);\n",
          variant.constant(),
          GeneratedFiles.className(variant.codec()));
    }
    return body.beginControlFlow("default ->")
        .addStatement("ctx.push($S)", union.propertyName())
        .addStatement("ctx.textMismatch($S, selector)", expected)
        .addStatement("ctx.pop()")
        .addStatement("yield null")
        .endControlFlow()
        .unindent()
        .add("};\n")
        .endControlFlow()
        .build();
  }
}
