package flowcdk.processor.generate;

import static flowcdk.processor.generate.RuntimeNames.DECODE_CONTEXT;
import static flowcdk.processor.generate.RuntimeNames.DECODE_EXCEPTION;
import static flowcdk.processor.generate.RuntimeNames.IO_EXCEPTION;
import static flowcdk.processor.generate.RuntimeNames.JSON_CODEC;
import static flowcdk.processor.generate.RuntimeNames.JSON_GENERATOR;
import static flowcdk.processor.generate.RuntimeNames.JSON_PARSER;
import static flowcdk.processor.generate.RuntimeNames.RAW_JSON;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import flowcdk.processor.json.PrettyJson;
import flowcdk.processor.model.ModelSpec;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Generates {@code <Model>Json}: the reflection-free codec of one {@code @Model}, with its schema
 * as constants (pretty-printed JSON text, and its compact {@code RawJson}). A codec is a stateless
 * singleton ({@code INSTANCE}) implementing {@code JsonCodec<Model>}, plus static {@code
 * encode}/{@code decode} shortcuts. It reads and writes the enums and models it holds through their
 * own codecs, and collections through the runtime's shared helpers.
 */
public final class CodecGenerator {

  /**
   * Writes the codec of {@code model} (whose schema is {@code schemaJson}) generated from {@code
   * origin}.
   */
  public void generate(Filer filer, ModelSpec model, String schemaJson, TypeElement origin) {
    ClassName modelType = GeneratedFiles.className(model.type());
    ClassName codecType = GeneratedFiles.className(model.codec());
    CodecConstants constants = new CodecConstants();
    ValueCode values = new ValueCode(constants);

    TypeSpec.Builder codec =
        TypeSpec.classBuilder(codecType)
            .addJavadoc("The JSON codec and schema of {@link $T}.\n", modelType)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(JSON_CODEC, modelType))
            .addField(
                FieldSpec.builder(
                        String.class,
                        "SCHEMA_JSON",
                        Modifier.PUBLIC,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .addJavadoc(
                        "The JSON Schema of {@link $T}, as JSON text (pretty-printed).\n",
                        modelType)
                    .initializer(textBlock(PrettyJson.print(schemaJson)))
                    .build())
            .addField(
                FieldSpec.builder(
                        RAW_JSON, "SCHEMA", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc(
                        "The JSON Schema of {@link $T}: {@link #SCHEMA_JSON} without its"
                            + " whitespace\n(checked at compile time, not parsed again).\n",
                        modelType)
                    .initializer("$T.compact(SCHEMA_JSON)", RuntimeNames.SCHEMA_TEXT)
                    .build())
            .addField(
                FieldSpec.builder(
                        codecType, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The codec.\n")
                    .initializer("new $T()", codecType)
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(
                MethodSpec.methodBuilder("schema")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(RAW_JSON)
                    .addStatement("return SCHEMA")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("encode")
                    .addJavadoc("{@code value} as compact JSON.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(RAW_JSON)
                    .addParameter(modelType, "value")
                    .addStatement("return $T.encode(value, INSTANCE)", RuntimeNames.CODECS)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("decode")
                    .addJavadoc("Decodes {@code json}, reporting every problem by JSON pointer.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(modelType)
                    .addParameter(RAW_JSON, "json")
                    .addException(DECODE_EXCEPTION)
                    .addStatement(
                        "return $T.decode(json, INSTANCE, $S)",
                        RuntimeNames.CODECS,
                        model.type().simpleName())
                    .build());

    CodeBlock write;
    CodeBlock read;
    switch (model.kind()) {
      case RECORD, CLASS -> {
        ObjectCodec object = new ObjectCodec(model, values, constants);
        write = object.writeBody();
        read = object.readBody();
        constants.fields().forEach(codec::addField);
        if (model.strict() || model.extras().isEmpty()) {
          // Strict models report unknown members; the others note them.
          codec.addField(object.namesConstant());
        }
      }
      case ENUM -> {
        EnumCodec enumCodec = new EnumCodec(model, values);
        write = enumCodec.writeBody();
        read = enumCodec.readBody();
        constants.fields().forEach(codec::addField);
      }
      case UNION -> {
        UnionCodec union = new UnionCodec(model);
        write = union.writeBody();
        read = union.readBody();
      }
      default -> throw new IllegalStateException("unknown model kind " + model.kind());
    }
    codec
        .addMethod(
            MethodSpec.methodBuilder("write")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(JSON_GENERATOR, "g")
                .addParameter(modelType, "value")
                .addException(IO_EXCEPTION)
                .addCode(write)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("read")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(modelType)
                .addParameter(JSON_PARSER, "p")
                .addParameter(DECODE_CONTEXT, "ctx")
                .addException(IO_EXCEPTION)
                .addCode(read)
                .build());
    Set<GeneratedAnnotations.Warning> suppressed = DeprecatedUses.in(origin);
    if (values.readsGenericArrays()) {
      suppressed.add(GeneratedAnnotations.Warning.UNCHECKED);
    }
    codec.addAnnotations(
        GeneratedAnnotations.of(
            CodecGenerator.class.getName(), model.type().canonicalName(), suppressed));

    GeneratedFiles.write(
        filer, model.codec().packageName(), codec, origin, model.type().canonicalName());
  }

  /**
   * {@code json} (ending with a newline) as a Java text block. Backslashes are doubled, so JSON
   * escapes such as {@code \"} and {@code \n} reach the string as they are (and none is read as a
   * Java Unicode escape); JSON text never holds three quotes in a row (a quote inside a string is
   * escaped), so it cannot close the block early.
   */
  static CodeBlock textBlock(String json) {
    return CodeBlock.builder()
        .add("$>$>\"\"\"\n")
        .add("$L", json.replace("\\", "\\\\"))
        .add("\"\"\"$<$<")
        .build();
  }
}
