package flowcdk.processor.generate;

import static flowcdk.processor.generate.RuntimeNames.EXTRAS;
import static flowcdk.processor.generate.RuntimeNames.JSON_TOKEN;
import static flowcdk.processor.generate.RuntimeNames.RAW_JSON;
import static flowcdk.processor.generate.RuntimeNames.SERIALIZED_STRING;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import flowcdk.processor.model.ModelSpec;
import flowcdk.processor.model.PropertySpec;
import flowcdk.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/** The {@code write} and {@code read} bodies of a record or final-class model. */
final class ObjectCodec {

  private final ModelSpec model;
  private final ValueCode values;
  private final CodecConstants constants;

  ObjectCodec(ModelSpec model, ValueCode values, CodecConstants constants) {
    this.model = model;
    this.values = values;
    this.constants = constants;
  }

  CodeBlock writeBody() {
    // The names first, so that they are declared together, in the properties' order.
    model.properties().stream().filter(p -> !p.ignored()).forEach(this::nameConstant);
    CodeBlock.Builder body = CodeBlock.builder().addStatement("g.writeStartObject()");
    for (PropertySpec property : model.properties()) {
      if (property.ignored()) {
        continue;
      }
      String name = nameConstant(property);
      CodeBlock access = CodeBlock.of("value.$L", property.accessor());
      TypeRef type = property.type();
      if (ValueCode.primitive(type)) {
        body.addStatement("g.writeFieldName($N)", name).add(values.write(type, access));
      } else if (property.keywords().constant().isPresent()) {
        body.addStatement("g.writeFieldName($N)", name)
            .addStatement("$T $L = $L", String.class, local(property), access)
            .addStatement(
                "g.writeString($L != null ? $L : $S)",
                local(property),
                local(property),
                property.keywords().constant().get());
      } else if (type instanceof TypeRef.OptionalRef optional) {
        body.addStatement("var $L = $L", local(property), access)
            .beginControlFlow("if ($L != null && $L.isPresent())", local(property), local(property))
            .addStatement("g.writeFieldName($N)", name)
            .add(values.write(optional.value(), CodeBlock.of("$L.get()", local(property))))
            .endControlFlow();
      } else {
        // Presence: a property never set (null) is omitted, as the Python CDK does.
        body.addStatement("var $L = $L", local(property), access)
            .beginControlFlow("if ($L != null)", local(property))
            .addStatement("g.writeFieldName($N)", name)
            .add(values.write(type, CodeBlock.of("$L", local(property))))
            .endControlFlow();
      }
    }
    model
        .extras()
        .ifPresent(
            extras ->
                body.addStatement("$T extras = value.$L", EXTRAS, extras.accessor())
                    .beginControlFlow("if (extras != null)")
                    .addStatement("extras.writeFields(g)")
                    .endControlFlow());
    return body.addStatement("g.writeEndObject()").build();
  }

  CodeBlock readBody() {
    CodeBlock.Builder body =
        CodeBlock.builder()
            .beginControlFlow("if (!$T.expectObject(p, ctx))", RuntimeNames.CODECS)
            .addStatement("return null")
            .endControlFlow()
            .addStatement("int problems = ctx.problemCount()");
    List<PropertySpec> json = model.properties().stream().filter(p -> !p.ignored()).toList();
    for (PropertySpec property : json) {
      TypeRef type = unwrap(property.type());
      body.addStatement("$T $L = null", ValueCode.javaType(type).box(), local(property));
      if (tracksPresence(property)) {
        body.addStatement("boolean $L = false", present(property));
      }
    }
    model.extras().ifPresent(e -> body.addStatement("$T.Builder extras = null", EXTRAS));

    // Each member is entered before it is matched, so problems inside it carry its pointer.
    body.beginControlFlow(
            "for (String field = p.nextFieldName(); field != null; field = p.nextFieldName())")
        .addStatement("p.nextToken()")
        .addStatement("ctx.push(field)");
    if (json.isEmpty()) {
      // No property to match: every field is unknown.
      body.add(unknownField());
    } else {
      body.beginControlFlow("switch (field)");
      for (PropertySpec property : json) {
        body.add(propertyCase(property));
      }
      CodeBlock unknown = unknownField();
      body.beginControlFlow("default ->").add(unknown).endControlFlow();
      body.endControlFlow();
    }
    body.addStatement("ctx.pop()").endControlFlow();

    for (PropertySpec property : json) {
      if (property.defaultJson().isPresent()) {
        body.beginControlFlow("if (!$L)", present(property))
            .addStatement("$L = $N", local(property), defaultConstant(property))
            .endControlFlow();
      }
      if (property.required()) {
        body.beginControlFlow("if (!$L)", present(property))
            .addStatement("ctx.missing($S)", property.jsonName())
            .endControlFlow();
      }
    }
    body.beginControlFlow("if (ctx.problemCount() > problems)")
        .addStatement("return null")
        .endControlFlow();

    List<CodeBlock> arguments = new ArrayList<>();
    for (PropertySpec property : model.properties()) {
      arguments.add(argument(property));
    }
    model
        .extras()
        .ifPresent(
            extras ->
                arguments.add(
                    extras.position(),
                    CodeBlock.of("extras == null ? $T.EMPTY : extras.build()", EXTRAS)));
    if (arguments.size() <= 3) {
      return body.addStatement(
              "return new $T($L)",
              GeneratedFiles.className(model.type()),
              CodeBlock.join(arguments, ", "))
          .build();
    }
    // One argument a line, so a long constructor call stays readable.
    return body.addStatement(
            "return new $T(\n$L)",
            GeneratedFiles.className(model.type()),
            CodeBlock.join(arguments, ",\n"))
        .build();
  }

  /**
   * The arrow case of the {@code read} switch that reads {@code property}'s value: a single
   * assignment, or a block when the value is also checked.
   */
  private CodeBlock propertyCase(PropertySpec property) {
    CodeBlock read =
        CodeBlock.of("$L = $L;\n", local(property), values.read(unwrap(property.type())));
    CodeBlock.Builder checks = CodeBlock.builder();
    if (tracksPresence(property)) {
      checks.addStatement("$L = true", present(property));
    }
    if (property.required() || ValueCode.primitive(property.type())) {
      // Checked here, not after the loop, so it is reported whatever else went wrong.
      checks
          .beginControlFlow(
              "if ($L == null && p.currentToken() == $T.VALUE_NULL)", local(property), JSON_TOKEN)
          .addStatement("ctx.problem($S)", "must not be null")
          .endControlFlow();
    }
    property
        .keywords()
        .constant()
        .ifPresent(
            constant ->
                checks
                    .beginControlFlow(
                        "if ($L != null && !$L.equals($S))",
                        local(property),
                        local(property),
                        constant)
                    .addStatement(
                        "ctx.textMismatch($S, $L)", "\"" + constant + "\"", local(property))
                    .endControlFlow());
    boolean secret = property.keywords().secret();
    if (!secret && checks.isEmpty()) {
      return CodeBlock.builder().add("case $S -> ", property.jsonName()).add(read).build();
    }
    CodeBlock.Builder body =
        CodeBlock.builder().beginControlFlow("case $S ->", property.jsonName());
    if (secret) {
      // Problems inside a secret name the pointer and the expected type, never the value.
      body.addStatement("ctx.enterSecret()");
    }
    body.add(read).add(checks.build());
    if (secret) {
      body.addStatement("ctx.exitSecret()");
    }
    return body.endControlFlow().build();
  }

  /**
   * What {@code read} does with a field this model does not declare: keep it in the extras, report
   * it (strict), or skip it and note it on the context (see {@code DecodeContext.unknownMember}).
   */
  private CodeBlock unknownField() {
    if (model.extras().isPresent()) {
      return CodeBlock.builder()
          .beginControlFlow("if (extras == null)")
          .addStatement("extras = $T.builder()", EXTRAS)
          .endControlFlow()
          .addStatement("extras.put(field, $T.copyOf(p))", RAW_JSON)
          .build();
    }
    if (model.strict()) {
      return CodeBlock.builder()
          .addStatement("ctx.unknown(NAMES)")
          .addStatement("p.skipChildren()")
          .build();
    }
    // Skipped, and noted when the caller asked (endpoint configs warn about it).
    return CodeBlock.builder()
        .addStatement("ctx.unknownMember(NAMES)")
        .addStatement("p.skipChildren()")
        .build();
  }

  private CodeBlock argument(PropertySpec property) {
    TypeRef type = property.type();
    if (property.ignored()) {
      return ValueCode.primitive(type)
          ? CodeBlock.of("$L", ValueCode.zero(type))
          : CodeBlock.of("null");
    }
    if (type instanceof TypeRef.OptionalRef) {
      return CodeBlock.of(
          "$T.ofNullable($L)", ClassName.get("java.util", "Optional"), local(property));
    }
    if (ValueCode.primitive(type)) {
      // Present and valid here (required), or defaulted: unbox; an absent optional primitive is
      // zero.
      return CodeBlock.of(
          "$L == null ? $L : $L", local(property), ValueCode.zero(type), local(property));
    }
    return CodeBlock.of("$L", local(property));
  }

  private String nameConstant(PropertySpec property) {
    return constant(
        "NAME_",
        property,
        name ->
            FieldSpec.builder(
                    SERIALIZED_STRING, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T($S)", SERIALIZED_STRING, property.jsonName())
                .build());
  }

  private String defaultConstant(PropertySpec property) {
    TypeName type = ValueCode.javaType(unwrap(property.type())).box();
    return constant(
        "DEFAULT_",
        property,
        name ->
            FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(
                    "$T.readDefault($S,$W$L)",
                    RuntimeNames.CODECS,
                    property.defaultJson().get(),
                    values.reader(unwrap(property.type())))
                .build());
  }

  /**
   * The name of {@code property}'s constant with {@code prefix}, created by {@code create} on first
   * use. Java names that only differ in case style ({@code fooBar}, {@code foo_bar}) get distinct
   * constants ({@code NAME_FOO_BAR}, {@code NAME_FOO_BAR_2}).
   */
  private String constant(
      String prefix, PropertySpec property, Function<String, FieldSpec> create) {
    return constants.get(
        prefix + property.javaName(),
        prefix + CodecConstants.constantCase(property.javaName()),
        create);
  }

  /** The JSON names this model declares, for "unknown property" messages. */
  FieldSpec namesConstant() {
    List<String> names =
        model.properties().stream().filter(p -> !p.ignored()).map(PropertySpec::jsonName).toList();
    CodeBlock list = CodeBlock.join(names.stream().map(n -> CodeBlock.of("$S", n)).toList(), ",$W");
    return FieldSpec.builder(
            com.palantir.javapoet.ParameterizedTypeName.get(
                ClassName.get("java.util", "List"), ClassName.get(String.class)),
            "NAMES",
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer("$T.of($L)", ClassName.get("java.util", "List"), list)
        .build();
  }

  private static TypeRef unwrap(TypeRef type) {
    return type instanceof TypeRef.OptionalRef optional ? optional.value() : type;
  }

  private static String local(PropertySpec property) {
    return "v_" + property.javaName();
  }

  /**
   * Whether {@code read} records that {@code property} was present: only a default or a required
   * check after the loop asks.
   */
  private static boolean tracksPresence(PropertySpec property) {
    return property.required() || property.defaultJson().isPresent();
  }

  private static String present(PropertySpec property) {
    return "has_" + property.javaName();
  }
}
