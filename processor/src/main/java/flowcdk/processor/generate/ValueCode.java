package flowcdk.processor.generate;

import static flowcdk.processor.generate.RuntimeNames.CODECS;
import static flowcdk.processor.generate.RuntimeNames.ENUM_NAMES;
import static flowcdk.processor.generate.RuntimeNames.JSON_ARRAYS;
import static flowcdk.processor.generate.RuntimeNames.JSON_GENERATOR;
import static flowcdk.processor.generate.RuntimeNames.JSON_MAPS;
import static flowcdk.processor.generate.RuntimeNames.META_JSON;
import static flowcdk.processor.generate.RuntimeNames.PRIMITIVE_ARRAYS;
import static flowcdk.processor.generate.RuntimeNames.VALUE_READER;
import static flowcdk.processor.generate.RuntimeNames.VALUE_WRITER;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import flowcdk.processor.model.ScalarKind;
import flowcdk.processor.model.TypeRef;
import javax.lang.model.element.Modifier;

/**
 * Code that reads and writes one JSON value of a {@link TypeRef}. Scalars go through {@code Codecs}
 * and jackson-core; enums and models through their own codec; collections and maps through the
 * shared helpers {@code JsonArrays}, {@code JsonMaps} and {@code PrimitiveArrays}, given the
 * element's reader or writer. The codec being generated only gets a constant for what has no codec
 * of its own: the JSON names of an enum that is not a {@code @Model}, and the reader and writer of
 * a collection held in another collection.
 */
final class ValueCode {

  private final CodecConstants constants;

  /** Whether an array of a generic type ({@code List<String>[]}) is read: unchecked, raw. */
  private boolean genericArrays;

  ValueCode(CodecConstants constants) {
    this.constants = constants;
  }

  /** Whether the code reads an array of a generic type, which only an unchecked raw array makes. */
  boolean readsGenericArrays() {
    return genericArrays;
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
    return CodeBlock.of("$L;\n", writeExpression(type, value));
  }

  private CodeBlock writeExpression(TypeRef type, CodeBlock value) {
    if (type instanceof TypeRef.Scalar scalar) {
      return switch (scalar.kind()) {
        case STRING -> CodeBlock.of("g.writeString($L)", value);
        case BOOLEAN -> CodeBlock.of("g.writeBoolean($L)", value);
        case BYTE, SHORT -> CodeBlock.of("g.writeNumber((int) $L)", value);
        case INT, LONG, FLOAT, DOUBLE, BIG_INTEGER -> CodeBlock.of("g.writeNumber($L)", value);
        case CHAR -> CodeBlock.of("g.writeString(String.valueOf($L))", value);
        case BYTES -> CodeBlock.of("g.writeBinary($L)", value);
        case RAW_JSON -> CodeBlock.of("$L.writeTo(g)", value);
        default -> CodeBlock.of("$T.$L(g, $L)", CODECS, scalarWriter(scalar.kind()), value);
      };
    }
    if (type instanceof TypeRef.ListRef list) {
      return CodeBlock.of("$T.write(g, $L, $L)", JSON_ARRAYS, value, writer(list.element()));
    }
    if (type instanceof TypeRef.ArrayRef array) {
      return primitive(array.element())
          ? CodeBlock.of("$T.write(g, $L)", PRIMITIVE_ARRAYS, value)
          : CodeBlock.of("$T.write(g, $L, $L)", JSON_ARRAYS, value, writer(array.element()));
    }
    if (type instanceof TypeRef.MapRef map) {
      return CodeBlock.of("$T.write(g, $L, $L)", JSON_MAPS, value, writer(map.value()));
    }
    return CodeBlock.of("$L.write(g, $L)", codec(type), value);
  }

  /**
   * An expression reading one value of {@code type} from {@code p} (positioned on its first token),
   * which is null for JSON null and after a recorded problem. Primitives are read boxed.
   */
  CodeBlock read(TypeRef type) {
    if (type instanceof TypeRef.Scalar scalar) {
      return CodeBlock.of("$T.$L(p, ctx)", CODECS, scalarReader(scalar.kind()));
    }
    if (type instanceof TypeRef.ListRef list) {
      return CodeBlock.of(
          "$T.$L(p, ctx, $L)",
          JSON_ARRAYS,
          list.set() ? "readSet" : "readList",
          reader(list.element()));
    }
    if (type instanceof TypeRef.ArrayRef array) {
      if (primitive(array.element())) {
        return CodeBlock.of(
            "$T.$L(p, ctx)", PRIMITIVE_ARRAYS, primitiveArrayReader(array.element()));
      }
      TypeName erased = erasure(javaType(array));
      if (!erased.equals(javaType(array))) {
        genericArrays = true;
      }
      return CodeBlock.of(
          "$T.readArray(p, ctx, $L, $T::new)", JSON_ARRAYS, reader(array.element()), erased);
    }
    if (type instanceof TypeRef.MapRef map) {
      return CodeBlock.of("$T.readMap(p, ctx, $L)", JSON_MAPS, reader(map.value()));
    }
    return CodeBlock.of("$L.read(p, ctx)", codec(type));
  }

  /**
   * An expression for a {@code ValueReader} of {@code type}: a method reference, a codec, or a
   * constant of the codec being generated.
   */
  CodeBlock reader(TypeRef type) {
    if (type instanceof TypeRef.Scalar scalar) {
      return CodeBlock.of("$T::$L", CODECS, scalarReader(scalar.kind()));
    }
    if (type instanceof TypeRef.ArrayRef array && primitive(array.element())) {
      return CodeBlock.of("$T::$L", PRIMITIVE_ARRAYS, primitiveArrayReader(array.element()));
    }
    if (composite(type)) {
      String name =
          constants.get(
              "reader " + type,
              CodecConstants.constantCase(helperName(type)) + "_READER",
              n ->
                  FieldSpec.builder(
                          ParameterizedTypeName.get(VALUE_READER, javaType(type).box()),
                          n,
                          Modifier.PRIVATE,
                          Modifier.STATIC,
                          Modifier.FINAL)
                      .initializer("(p, ctx) ->$W$L", read(type))
                      .build());
      return CodeBlock.of("$N", name);
    }
    return codec(type);
  }

  /**
   * An expression for a {@code ValueWriter} of {@code type}: a method reference, a codec, or a
   * constant of the codec being generated.
   */
  CodeBlock writer(TypeRef type) {
    if (type instanceof TypeRef.Scalar scalar) {
      return switch (scalar.kind()) {
        case STRING -> CodeBlock.of("$T::writeString", JSON_GENERATOR);
        case BOOLEAN -> CodeBlock.of("$T::writeBoolean", JSON_GENERATOR);
        case BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, BIG_INTEGER ->
            CodeBlock.of("$T::writeNumber", JSON_GENERATOR);
        case BYTES -> CodeBlock.of("$T::writeBinary", JSON_GENERATOR);
        default -> CodeBlock.of("$T::$L", CODECS, scalarWriter(scalar.kind()));
      };
    }
    if (type instanceof TypeRef.ArrayRef array && primitive(array.element())) {
      return CodeBlock.of("$T::write", PRIMITIVE_ARRAYS);
    }
    if (composite(type)) {
      String name =
          constants.get(
              "writer " + type,
              CodecConstants.constantCase(helperName(type)) + "_WRITER",
              n ->
                  FieldSpec.builder(
                          ParameterizedTypeName.get(VALUE_WRITER, javaType(type).box()),
                          n,
                          Modifier.PRIVATE,
                          Modifier.STATIC,
                          Modifier.FINAL)
                      .initializer(
                          "(g, value) ->$W$L", writeExpression(type, CodeBlock.of("value")))
                      .build());
      return CodeBlock.of("$N", name);
    }
    return codec(type);
  }

  /**
   * The codec of an enum, model or {@code _meta}: its {@code INSTANCE}, or for an enum that is not
   * a {@code @Model}, the {@link #enumNames} constant of the codec being generated.
   */
  private CodeBlock codec(TypeRef type) {
    if (type instanceof TypeRef.ModelRef model) {
      return CodeBlock.of("$T.INSTANCE", GeneratedFiles.className(model.codec()));
    }
    if (type instanceof TypeRef.MetaRef) {
      return CodeBlock.of("$T.INSTANCE", META_JSON);
    }
    if (type instanceof TypeRef.EnumRef enumRef) {
      return enumRef.codec().isPresent()
          ? CodeBlock.of("$T.INSTANCE", GeneratedFiles.className(enumRef.codec().get()))
          : CodeBlock.of("$N", enumNames(enumRef));
    }
    throw new IllegalStateException("no codec for " + type);
  }

  /**
   * The constant holding the JSON names of {@code enumRef}'s constants ({@code EnumNames}), created
   * on first use: {@code COLOR}, {@code EVENT_KIND}.
   */
  String enumNames(TypeRef.EnumRef enumRef) {
    ClassName enumType = GeneratedFiles.className(enumRef.type());
    return constants.get(
        "enum " + enumRef.type().canonicalName(),
        CodecConstants.constantCase(String.join("_", enumRef.type().simpleNames())),
        name -> {
          CodeBlock names =
              CodeBlock.join(
                  enumRef.constants().stream().map(c -> CodeBlock.of("$S", c.jsonName())).toList(),
                  ",$W");
          return FieldSpec.builder(
                  ParameterizedTypeName.get(ENUM_NAMES, enumType),
                  name,
                  Modifier.PRIVATE,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .initializer("new $T<>($T.values(),$W$L)", ENUM_NAMES, enumType, names)
              .build();
        });
  }

  /** Whether {@code type} is read and written by a shared helper given its element's code. */
  private static boolean composite(TypeRef type) {
    return type instanceof TypeRef.ListRef
        || type instanceof TypeRef.ArrayRef
        || type instanceof TypeRef.MapRef;
  }

  private static String scalarReader(ScalarKind kind) {
    return switch (kind) {
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
  }

  /** The {@code Codecs} writer of the scalars jackson-core has no writer for. */
  private static String scalarWriter(ScalarKind kind) {
    return switch (kind) {
      case CHAR -> "writeChar";
      case BIG_DECIMAL -> "writeBigDecimal";
      case INSTANT -> "writeInstant";
      case OFFSET_DATE_TIME -> "writeOffsetDateTime";
      case LOCAL_DATE -> "writeLocalDate";
      case LOCAL_DATE_TIME -> "writeLocalDateTime";
      case LOCAL_TIME -> "writeLocalTime";
      case DURATION -> "writeDuration";
      case UUID -> "writeUuid";
      case RAW_JSON -> "writeRaw";
      default -> throw new IllegalStateException("jackson-core writes " + kind);
    };
  }

  /** The {@code PrimitiveArrays} reader of an array of {@code element}, a primitive. */
  private static String primitiveArrayReader(TypeRef element) {
    return switch (((TypeRef.Scalar) element).kind()) {
      case INT -> "readInts";
      case LONG -> "readLongs";
      case SHORT -> "readShorts";
      case DOUBLE -> "readDoubles";
      case FLOAT -> "readFloats";
      case CHAR -> "readChars";
      case BOOLEAN -> "readBooleans";
      default -> throw new IllegalStateException("no primitive array of " + element);
    };
  }

  /** {@code type} without type arguments: {@code List[]} for {@code List<String>[]}. */
  private static TypeName erasure(TypeName type) {
    if (type instanceof ArrayTypeName array) {
      return ArrayTypeName.of(erasure(array.componentType()));
    }
    return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
  }

  /**
   * A readable name for a constant about {@code type}, e.g. {@code IntegerList}, {@code
   * StringCollection}, {@code Outer_InnerMap}.
   */
  private static String helperName(TypeRef type) {
    if (type instanceof TypeRef.Scalar scalar) {
      return scalar.kind() == ScalarKind.BYTES
          ? "Bytes"
          : ClassName.bestGuess(scalar.kind().boxedName()).simpleName();
    }
    if (type instanceof TypeRef.EnumRef enumRef) {
      return String.join("_", enumRef.type().simpleNames());
    }
    if (type instanceof TypeRef.ModelRef model) {
      return String.join("_", model.type().simpleNames());
    }
    if (type instanceof TypeRef.ListRef list) {
      return helperName(list.element())
          + (list.set() ? "Set" : list.collection() ? "Collection" : "List");
    }
    if (type instanceof TypeRef.ArrayRef array) {
      return helperName(array.element()) + "Array";
    }
    if (type instanceof TypeRef.MapRef map) {
      return helperName(map.value()) + "Map";
    }
    return "Meta";
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
