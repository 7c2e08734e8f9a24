package flowcdk.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import flowcdk.processor.json.JsonText;
import flowcdk.processor.model.CaptureModel;
import flowcdk.processor.model.ResourceModel;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Capture>_Resources}: the capture's {@code @Resource} declarations as {@code
 * ResourceSpec}s, built without reflection. The initial resource config of each is written at
 * compile time ({@code {"name": ..., "interval": ...}}).
 */
public final class RegistryGenerator {

  private static final ClassName RESOURCE_SPEC =
      ClassName.get("flowcdk.common.resource", "ResourceSpec");
  private static final ClassName LIST = ClassName.get("java.util", "List");
  private static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");

  /** Writes the registry of {@code capture}, originating from the capture and its resources. */
  public void generate(Filer filer, CaptureModel capture, Element origin) {
    CodeBlock.Builder specs = CodeBlock.builder();
    List<CodeBlock> items = new ArrayList<>();
    for (ResourceModel resource : capture.resources()) {
      String config =
          "{\"name\":"
              + JsonText.quote(resource.name())
              + resource.interval().map(i -> ",\"interval\":" + JsonText.quote(i)).orElse("")
              + "}";
      CodeBlock key =
          CodeBlock.join(resource.key().stream().map(k -> CodeBlock.of("$S", k)).toList(), ", ");
      items.add(
          CodeBlock.builder()
              .add("new $T(\n", RESOURCE_SPEC)
              .indent()
              .add("$S,\n", resource.name())
              .add("$T.of($L),\n", LIST, key)
              .add("$T.SCHEMA,\n", GeneratedFiles.className(resource.documentCodec()))
              .add("$T.parse($S),\n", RuntimeNames.RAW_JSON, config)
              .add("$T.of($S),\n", LIST, resource.name())
              .add("$L,\n", resource.schemaInference())
              .add(
                  resource
                      .reductionStrategy()
                      .map(r -> CodeBlock.of("$T.of($S),\n", OPTIONAL, r))
                      .orElse(CodeBlock.of("$T.empty(),\n", OPTIONAL)))
              .add("$L,\n", resource.disable())
              .add("$L,\n", resource.snapshot())
              .add("false,\n")
              .add("new $T())", GeneratedFiles.className(resource.type()))
              .unindent()
              .build());
    }
    specs.add("return $T.of(", LIST);
    if (!items.isEmpty()) {
      specs.add("\n").indent().add(CodeBlock.join(items, ",\n")).unindent();
    }
    specs.add(");\n");

    TypeSpec.Builder registry =
        TypeSpec.classBuilder(GeneratedFiles.className(capture.registry()))
            .addJavadoc(
                "The resources of {@link $T}, in declaration order.\n",
                GeneratedFiles.className(capture.type()))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(
                MethodSpec.methodBuilder("all")
                    .addJavadoc("A new instance of every declared resource.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(ParameterizedTypeName.get(LIST, RESOURCE_SPEC))
                    .addCode(specs.build())
                    .build());
    GeneratedFiles.write(
        filer,
        capture.registry().packageName(),
        registry,
        RegistryGenerator.class,
        origin,
        capture.type().canonicalName());
  }
}
