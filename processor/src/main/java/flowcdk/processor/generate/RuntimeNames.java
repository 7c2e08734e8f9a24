package flowcdk.processor.generate;

import com.palantir.javapoet.ClassName;

/** The run-time types generated code refers to, by name (the processor does not link them). */
final class RuntimeNames {

  private RuntimeNames() {}

  static final ClassName JSON_CODEC = ClassName.get("flowcdk.runtime.codec", "JsonCodec");
  static final ClassName DECODE_CONTEXT = ClassName.get("flowcdk.runtime.codec", "DecodeContext");
  static final ClassName DECODE_EXCEPTION =
      ClassName.get("flowcdk.runtime.codec", "DecodeException");
  static final ClassName CODECS = ClassName.get("flowcdk.runtime.codec", "Codecs");
  static final ClassName EXTRAS = ClassName.get("flowcdk.runtime.codec", "Extras");
  static final ClassName META = ClassName.get("flowcdk.runtime.codec", "Meta");
  static final ClassName META_JSON = ClassName.get("flowcdk.runtime.codec", "MetaJson");
  static final ClassName ENUM_NAMES = ClassName.get("flowcdk.runtime.codec", "EnumNames");
  static final ClassName JSON_ARRAYS = ClassName.get("flowcdk.runtime.codec", "JsonArrays");
  static final ClassName JSON_MAPS = ClassName.get("flowcdk.runtime.codec", "JsonMaps");
  static final ClassName PRIMITIVE_ARRAYS =
      ClassName.get("flowcdk.runtime.codec", "PrimitiveArrays");
  static final ClassName VALUE_READER = ClassName.get("flowcdk.runtime.codec", "ValueReader");
  static final ClassName VALUE_WRITER = ClassName.get("flowcdk.runtime.codec", "ValueWriter");
  static final ClassName SCHEMA_TEXT = ClassName.get("flowcdk.runtime.codec", "SchemaText");
  static final ClassName RAW_JSON = ClassName.get("flowcdk.runtime.json", "RawJson");
  static final ClassName JSON_GENERATOR =
      ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
  static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  static final ClassName JSON_TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");
  static final ClassName SERIALIZED_STRING =
      ClassName.get("com.fasterxml.jackson.core.io", "SerializedString");
  static final ClassName IO_EXCEPTION = ClassName.get("java.io", "IOException");
}
