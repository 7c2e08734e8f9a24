package flowcdk.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import flowcdk.processor.json.JsonText;
import flowcdk.processor.model.CaptureModel;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Capture>_Dispatch}, the capture's protocol dispatcher (a small final subclass
 * of the shared {@code CaptureDispatch} supplying the connector, codecs and registry), and {@code
 * <Capture>_Main}, the connector jar's entry point.
 */
public final class DispatchGenerator {

  private static final ClassName CAPTURE_DISPATCH =
      ClassName.get("flowcdk.connector.dispatch", "CaptureDispatch");
  private static final ClassName RESOURCE_SPEC = ClassName.get("flowcdk.connector", "ResourceSpec");
  private static final ClassName RESOURCE_PATHS =
      ClassName.get("flowcdk.connector.dispatch", "ResourcePaths");
  private static final ClassName CONNECTOR_RUNTIME =
      ClassName.get("flowcdk.runtime.launch", "ConnectorRuntime");
  private static final ClassName LIST = ClassName.get("java.util", "List");

  /** Writes the dispatcher and entry point of {@code capture}. */
  public void generate(Filer filer, CaptureModel capture, Element origin) {
    ClassName connector = GeneratedFiles.className(capture.type());
    ClassName config = GeneratedFiles.className(capture.config());
    ClassName dispatch = GeneratedFiles.className(capture.dispatch());
    TypeSpec.Builder type =
        TypeSpec.classBuilder(dispatch)
            .addJavadoc(
                "Serves Flow's capture protocol for {@link $T}. A test runs it on a manual clock with"
                    + " {@code RuntimeOptions.withClock}.\n",
                connector)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(
                ParameterizedTypeName.get(
                    CAPTURE_DISPATCH, config, GeneratedFiles.className(capture.resourceConfig())))
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addJavadoc("A dispatcher for a new {@link $T}.\n", connector)
                    .addModifiers(Modifier.PUBLIC)
                    .addStatement("this(new $T())", connector)
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addJavadoc("A dispatcher for {@code connector}.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(connector, "connector")
                    .addStatement(
                        "super(connector, $T.INSTANCE, $S, $T.INSTANCE, $S)",
                        GeneratedFiles.className(capture.configCodec()),
                        capture.config().simpleName(),
                        GeneratedFiles.className(capture.resourceConfigCodec()),
                        capture.resourceConfig().simpleName())
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("documentationUrl")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PROTECTED)
                    .returns(String.class)
                    .addStatement("return $S", capture.docsUrl())
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("resourcePathPointers")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PROTECTED)
                    .returns(ParameterizedTypeName.get(LIST, ClassName.get(String.class)))
                    .addCode(
                        capture.standardResourcePath()
                            ? CodeBlock.of("return $T.STANDARD_POINTERS;\n", RESOURCE_PATHS)
                            : CodeBlock.of(
                                "return $T.of($L);\n",
                                LIST,
                                capture.resourcePath().stream()
                                    .map(p -> CodeBlock.of("$S", p))
                                    .collect(CodeBlock.joining(", "))))
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("declaredResources")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PROTECTED)
                    .returns(ParameterizedTypeName.get(LIST, RESOURCE_SPEC))
                    .addStatement("return $T.all()", GeneratedFiles.className(capture.registry()))
                    .build());
    capture
        .oauth2()
        .ifPresent(
            oauth2 ->
                type.addField(
                        FieldSpec.builder(
                                RuntimeNames.RAW_JSON,
                                "OAUTH2",
                                Modifier.PRIVATE,
                                Modifier.STATIC,
                                Modifier.FINAL)
                            .addJavadoc(
                                "The spec's {@code oauth2} object, from {@code @OAuth2Provider}.\n")
                            .initializer(
                                "$T.parse($S)",
                                RuntimeNames.RAW_JSON,
                                JsonText.write(oauth2.members()))
                            .build())
                    .addMethod(
                        MethodSpec.methodBuilder("oauth2")
                            .addAnnotation(Override.class)
                            .addModifiers(Modifier.PROTECTED)
                            .returns(
                                ParameterizedTypeName.get(
                                    ClassName.get(Optional.class), RuntimeNames.RAW_JSON))
                            .addStatement("return $T.of(OAUTH2)", Optional.class)
                            .build()));
    GeneratedFiles.write(
        filer,
        capture.dispatch().packageName(),
        type,
        DispatchGenerator.class,
        origin,
        capture.type().canonicalName());

    TypeSpec.Builder main =
        TypeSpec.classBuilder(GeneratedFiles.className(capture.main()))
            .addJavadoc(
                """
                The entry point of the {@link $T} connector: serves Flow's capture protocol on stdin and
                stdout, or runs the command-line tool when given arguments ({@code --help} lists them).
                """,
                connector)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(
                MethodSpec.methodBuilder("main")
                    .addJavadoc(
                        "Runs the connector (or the command in {@code args}), then exits with its status.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addParameter(String[].class, "args")
                    .addStatement("$T.runAndExit(new $T(), args)", CONNECTOR_RUNTIME, dispatch)
                    .build());
    GeneratedFiles.write(
        filer,
        capture.main().packageName(),
        main,
        DispatchGenerator.class,
        origin,
        capture.type().canonicalName());
  }
}
