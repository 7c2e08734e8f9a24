package flowcdk.processor.generate;

import static flowcdk.processor.generate.RuntimeNames.CODECS;
import static flowcdk.processor.generate.RuntimeNames.DECODE_CONTEXT;
import static flowcdk.processor.generate.RuntimeNames.IO_EXCEPTION;
import static flowcdk.processor.generate.RuntimeNames.JSON_PARSER;
import static flowcdk.processor.generate.RuntimeNames.JSON_TOKEN;
import static flowcdk.processor.generate.RuntimeNames.META_JSON;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import flowcdk.processor.model.ScalarKind;
import flowcdk.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Code that reads and writes one JSON value of a {@link TypeRef}. Reading a composite type
 * (collection, map, enum) gets a private static helper method in the codec, created once per
 * distinct type, so the generated {@code read} stays short and readable.
 */
final class ValueCode {

  private final Map<TypeRef, MethodSpec> readers = new LinkedHashMap<>();

  /** The helper methods created so far, in creation order. */
  List<MethodSpec> helpers() {
    return new ArrayList<>(readers.values());
  }

  /** The Java type of a value of {@code type}. */
  static TypeName javaType(TypeRef type) {
    if (type instanceof TypeRef.Scalar scalar) {
      if (scalar.kind() == ScalarKind.BYTES) {
        return ArrayTypeName.of(TypeName.BYTE);
      }
      ClassName boxed = ClassName.bestGuess(scalar.kind().boxedName());
      return scalar.primitive() ? boxed.unbox() : boxed;
    }
    if (type instanceof TypeRef.EnumRef enumRef) {
      return GeneratedFiles.className(enumRef.type());
    }
    if (type instanceof TypeRef.ModelRef model) {
      return GeneratedFiles.className(model.type());
    }
    if (type instanceof TypeRef.MetaRef) {
      return RuntimeNames.META;
    }
    if (type instanceof TypeRef.ListRef list) {
      String collection = list.set() ? "Set" : list.collection() ? "Collection" : "List";
      return ParameterizedTypeName.get(
          ClassName.get("java.util", collection), javaType(list.element()).box());
    }
    if (type instanceof TypeRef.ArrayRef array) {
      return ArrayTypeName.of(javaType(array.element()));
    }
    if (type instanceof TypeRef.MapRef map) {
      return ParameterizedTypeName.get(
          ClassName.get("java.util", "Map"),
          ClassName.get(String.class),
          javaType(map.value()).box());
    }
    if (type instanceof TypeRef.OptionalRef optional) {
      return ParameterizedTypeName.get(
          ClassName.get("java.util", "Optional"), javaType(optional.value()).box());
    }
    throw new IllegalStateException("no Java type for " + type);
  }

  /** Whether a value of {@code type} is a Java primitive (never null). */
  static boolean primitive(TypeRef type) {
    return type instanceof TypeRef.Scalar scalar && scalar.primitive();
  }

  /** A statement writing {@code value} (a non-null expression of {@code type}) to {@code g}. */
  CodeBlock write(TypeRef type, CodeBlock value) {
    if (type instanceof TypeRef.Scalar scalar) {
      return switch (scalar.kind()) {
        case STRING -> CodeBlock.of("g.writeString($L);\n", value);
        case BOOLEAN -> CodeBlock.of("g.writeBoolean($L);\n", value);
        case BYTE, SHORT -> CodeBlock.of("g.writeNumber((int) $L);\n", value);
        case INT, LONG, FLOAT, DOUBLE, BIG_INTEGER -> CodeBlock.of("g.writeNumber($L);\n", value);
        case CHAR -> CodeBlock.of("g.writeString(String.valueOf($L));\n", value);
        case BIG_DECIMAL -> CodeBlock.of("$T.writeBigDecimal(g, $L);\n", CODECS, value);
        case INSTANT -> CodeBlock.of("$T.writeInstant(g, $L);\n", CODECS, value);
        case OFFSET_DATE_TIME -> CodeBlock.of("$T.writeOffsetDateTime(g, $L);\n", CODECS, value);
        case LOCAL_DATE -> CodeBlock.of("$T.writeLocalDate(g, $L);\n", CODECS, value);
        case LOCAL_DATE_TIME -> CodeBlock.of("$T.writeLocalDateTime(g, $L);\n", CODECS, value);
        case LOCAL_TIME -> CodeBlock.of("$T.writeLocalTime(g, $L);\n", CODECS, value);
        case DURATION -> CodeBlock.of("$T.writeDuration(g, $L);\n", CODECS, value);
        case UUID -> CodeBlock.of("$T.writeUuid(g, $L);\n", CODECS, value);
        case BYTES -> CodeBlock.of("g.writeBinary($L);\n", value);
        case RAW_JSON -> CodeBlock.of("$L.writeTo(g);\n", value);
      };
    }
    if (type instanceof TypeRef.EnumRef enumRef) {
      CodeBlock.Builder cases = CodeBlock.builder();
      for (TypeRef.EnumConstant constant : enumRef.constants()) {
        cases.add("case $L -> $S;\n", constant.javaName(), constant.jsonName());
      }
      return CodeBlock.builder()
          .add("g.writeString(switch ($L) {\n", value)
          .indent()
          .add(cases.build())
          .unindent()
          .add("});\n")
          .build();
    }
    if (type instanceof TypeRef.ModelRef model) {
      return CodeBlock.of(
          "$T.INSTANCE.write(g, $L);\n", GeneratedFiles.className(model.codec()), value);
    }
    if (type instanceof TypeRef.MetaRef) {
      return CodeBlock.of("$T.INSTANCE.write(g, $L);\n", META_JSON, value);
    }
    if (type instanceof TypeRef.ListRef || type instanceof TypeRef.ArrayRef) {
      TypeRef element =
          type instanceof TypeRef.ListRef list
              ? list.element()
              : ((TypeRef.ArrayRef) type).element();
      String item = nested("item");
      CodeBlock.Builder code =
          CodeBlock.builder()
              .addStatement("g.writeStartArray()")
              .beginControlFlow("for ($T $L : $L)", javaType(element), item, value);
      depth++;
      code.add(writeNullable(element, CodeBlock.of("$L", item)));
      depth--;
      return code.endControlFlow().addStatement("g.writeEndArray()").build();
    }
    if (type instanceof TypeRef.MapRef map) {
      String entry = nested("entry");
      CodeBlock.Builder code =
          CodeBlock.builder()
              .addStatement("g.writeStartObject()")
              .beginControlFlow(
                  "for ($T<String, $T> $L : $L.entrySet())",
                  ClassName.get("java.util", "Map", "Entry"),
                  javaType(map.value()).box(),
                  entry,
                  value)
              .addStatement("g.writeFieldName($L.getKey())", entry);
      depth++;
      code.add(writeNullable(map.value(), CodeBlock.of("$L.getValue()", entry)));
      depth--;
      return code.endControlFlow().addStatement("g.writeEndObject()").build();
    }
    throw new IllegalStateException("cannot write " + type);
  }

  /** How many loops deep the code being written is, so nested loops get their own variables. */
  private int depth;

  /**
   * {@code base} for the outermost loop, then {@code base} with the loop's depth appended: {@code
   * item}, {@code item2}, {@code item3}, ...
   */
  private String nested(String base) {
    return depth == 0 ? base : base + (depth + 1);
  }

  /** Like {@link #write}, writing JSON null for a null reference. */
  CodeBlock writeNullable(TypeRef type, CodeBlock value) {
    if (primitive(type)) {
      return write(type, value);
    }
    return CodeBlock.builder()
        .beginControlFlow("if ($L == null)", value)
        .addStatement("g.writeNull()")
        .nextControlFlow("else")
        .add(write(type, value))
        .endControlFlow()
        .build();
  }

  /**
   * An expression reading one value of {@code type} from {@code p} (positioned on its first token),
   * which is null for JSON null and after a recorded problem. Primitives are read boxed.
   */
  CodeBlock read(TypeRef type) {
    if (type instanceof TypeRef.Scalar scalar) {
      String method =
          switch (scalar.kind()) {
            case STRING -> "readString";
            case BOOLEAN -> "readBoolean";
            case BYTE -> "readByte";
            case SHORT -> "readShort";
            case INT -> "readInt";
            case LONG -> "readLong";
            case FLOAT -> "readFloat";
            case DOUBLE -> "readDouble";
            case CHAR -> "readChar";
            case BIG_DECIMAL -> "readBigDecimal";
            case BIG_INTEGER -> "readBigInteger";
            case INSTANT -> "readInstant";
            case OFFSET_DATE_TIME -> "readOffsetDateTime";
            case LOCAL_DATE -> "readLocalDate";
            case LOCAL_DATE_TIME -> "readLocalDateTime";
            case LOCAL_TIME -> "readLocalTime";
            case DURATION -> "readDuration";
            case UUID -> "readUuid";
            case BYTES -> "readBytes";
            case RAW_JSON -> "readRaw";
          };
      return CodeBlock.of("$T.$L(p, ctx)", CODECS, method);
    }
    if (type instanceof TypeRef.ModelRef model) {
      return CodeBlock.of("$T.INSTANCE.read(p, ctx)", GeneratedFiles.className(model.codec()));
    }
    if (type instanceof TypeRef.MetaRef) {
      return CodeBlock.of("$T.INSTANCE.read(p, ctx)", META_JSON);
    }
    return CodeBlock.of("$N(p, ctx)", reader(type));
  }

  private MethodSpec reader(TypeRef type) {
    MethodSpec existing = readers.get(type);
    if (existing != null) {
      return existing;
    }
    String name = "read" + helperName(type);
    for (int n = 2; taken(name); n++) {
      name = "read" + helperName(type) + n;
    }
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(javaType(type).box())
            .addParameter(JSON_PARSER, "p")
            .addParameter(DECODE_CONTEXT, "ctx")
            .addException(IO_EXCEPTION);
    readers.put(type, method.build()); // reserve the name; recursive element types reuse it
    if (type instanceof TypeRef.EnumRef enumRef) {
      method
          .beginControlFlow("if (p.currentToken() == $T.VALUE_STRING)", JSON_TOKEN)
          .addCode(enumLookup(enumRef, javaType(type)))
          .beginControlFlow("if (constant != null)")
          .addStatement("return constant")
          .endControlFlow()
          .endControlFlow();
      method
          .beginControlFlow("if (p.currentToken() == $T.VALUE_NULL)", JSON_TOKEN)
          .addStatement("return null")
          .endControlFlow();
      String expected =
          "one of "
              + String.join(
                  ", ", enumRef.constants().stream().map(c -> "\"" + c.jsonName() + "\"").toList());
      method
          .addStatement("ctx.typeMismatch($S, p)", expected)
          .addStatement("p.skipChildren()")
          .addStatement("return null");
    } else if (type instanceof TypeRef.ListRef || type instanceof TypeRef.ArrayRef) {
      boolean set = type instanceof TypeRef.ListRef list && list.set();
      TypeRef element =
          type instanceof TypeRef.ListRef list
              ? list.element()
              : ((TypeRef.ArrayRef) type).element();
      TypeName elementType = javaType(element).box();
      method
          .beginControlFlow("if (p.currentToken() != $T.START_ARRAY)", JSON_TOKEN)
          .addCode(nullOrMismatch("an array"))
          .endControlFlow();
      ClassName raw = ClassName.get("java.util", set ? "LinkedHashSet" : "ArrayList");
      method
          .addStatement("$T items = new $T<>()", ParameterizedTypeName.get(raw, elementType), raw)
          .addStatement("int index = 0")
          .beginControlFlow("while (p.nextToken() != $T.END_ARRAY)", JSON_TOKEN)
          .addStatement("ctx.push(index++)")
          .addStatement("$T item = $L", elementType, read(element));
      if (primitive(element)) {
        method
            .beginControlFlow("if (item == null && p.currentToken() == $T.VALUE_NULL)", JSON_TOKEN)
            .addStatement("ctx.typeMismatch($S, p)", "a value (this array cannot hold null)")
            .endControlFlow();
      }
      method.addStatement("items.add(item)").addStatement("ctx.pop()").endControlFlow();
      if (type instanceof TypeRef.ArrayRef) {
        if (primitive(element)) {
          method
              .addStatement("$T array = new $T[items.size()]", javaType(type), javaType(element))
              .beginControlFlow("for (int i = 0; i < array.length; i++)")
              .addStatement("$T item = items.get(i)", elementType)
              .addStatement("array[i] = item == null ? $L : item", zero(element))
              .endControlFlow()
              .addStatement("return array");
        } else {
          // byte[][]::new, not new byte[][0]: valid for elements that are arrays themselves.
          method.addStatement("return items.toArray($T::new)", javaType(type));
        }
      } else {
        method.addStatement(
            "return $T.$L(items)",
            ClassName.get("java.util", "Collections"),
            set ? "unmodifiableSet" : "unmodifiableList");
      }
    } else if (type instanceof TypeRef.MapRef map) {
      TypeName valueType = javaType(map.value()).box();
      ClassName linkedRaw = ClassName.get("java.util", "LinkedHashMap");
      TypeName linked =
          ParameterizedTypeName.get(linkedRaw, ClassName.get(String.class), valueType);
      method
          .beginControlFlow("if (p.currentToken() != $T.START_OBJECT)", JSON_TOKEN)
          .addCode(nullOrMismatch("an object"))
          .endControlFlow()
          .addStatement("$T entries = new $T<>()", linked, linkedRaw)
          .beginControlFlow(
              "for (String key = p.nextFieldName(); key != null; key = p.nextFieldName())")
          .addStatement("p.nextToken()")
          .addStatement("ctx.push(key)")
          .addStatement("entries.put(key, $L)", read(map.value()))
          .addStatement("ctx.pop()")
          .endControlFlow()
          .addStatement(
              "return $T.unmodifiableMap(entries)", ClassName.get("java.util", "Collections"));
    } else {
      throw new IllegalStateException("no reader for " + type);
    }
    MethodSpec built = method.build();
    readers.put(type, built);
    return built;
  }

  private boolean taken(String name) {
    return readers.values().stream().anyMatch(m -> m.name().equals(name));
  }

  /**
   * A readable name for the helper reading {@code type}, e.g. {@code StringList}, {@code
   * RegionSet}.
   */
  private static String helperName(TypeRef type) {
    if (type instanceof TypeRef.Scalar scalar) {
      return scalar.kind() == ScalarKind.BYTES
          ? "Bytes"
          : ClassName.bestGuess(scalar.kind().boxedName()).simpleName();
    }
    if (type instanceof TypeRef.EnumRef enumRef) {
      return enumRef.type().simpleName();
    }
    if (type instanceof TypeRef.ModelRef model) {
      return model.type().simpleName();
    }
    if (type instanceof TypeRef.ListRef list) {
      return helperName(list.element()) + (list.set() ? "Set" : "List");
    }
    if (type instanceof TypeRef.ArrayRef array) {
      return helperName(array.element()) + "Array";
    }
    if (type instanceof TypeRef.MapRef map) {
      return helperName(map.value()) + "Map";
    }
    if (type instanceof TypeRef.OptionalRef optional) {
      return helperName(optional.value());
    }
    return "Meta";
  }

  private static CodeBlock nullOrMismatch(String expected) {
    return CodeBlock.builder()
        .beginControlFlow("if (p.currentToken() != $T.VALUE_NULL)", JSON_TOKEN)
        .addStatement("ctx.typeMismatch($S, p)", expected)
        .addStatement("p.skipChildren()")
        .endControlFlow()
        .addStatement("return null")
        .build();
  }

  /** {@code constant =} the constant whose JSON name is the current string, or null. */
  private static CodeBlock enumLookup(TypeRef.EnumRef enumRef, TypeName type) {
    CodeBlock.Builder code =
        CodeBlock.builder()
            .add("$T constant =\n", type)
            .indent()
            .indent()
            .add("switch (p.getText()) {\n")
            .indent();
    for (TypeRef.EnumConstant constant : enumRef.constants()) {
      code.add("case $S -> $T.$L;\n", constant.jsonName(), type, constant.javaName());
    }
    return code.add("default -> null;\n").unindent().add("};\n").unindent().unindent().build();
  }

  /** The Java default value of a primitive type, as a literal. */
  static String zero(TypeRef type) {
    ScalarKind kind = ((TypeRef.Scalar) type).kind();
    return switch (kind) {
      case BOOLEAN -> "false";
      case CHAR -> "'\\0'";
      case FLOAT -> "0f";
      case DOUBLE -> "0d";
      case LONG -> "0L";
      case BYTE -> "(byte) 0";
      case SHORT -> "(short) 0";
      default -> "0";
    };
  }
}
