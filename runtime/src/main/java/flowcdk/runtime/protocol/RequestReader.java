package flowcdk.runtime.protocol;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import flowcdk.runtime.json.JsonFactories;
import flowcdk.runtime.json.RawJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decodes one request line into a {@link Request}, in a single streaming pass with jackson-core (no
 * tree model), so that very large lines stay cheap. Connector-defined values (endpoint and resource
 * configs, state, schemas) are copied once into {@link RawJson}.
 *
 * <p>Rules, following Flow's protobuf-JSON encoding and the Python CDK:
 *
 * <ul>
 *   <li>The line must hold exactly one JSON object carrying one of the keys {@code spec}, {@code
 *       discover}, {@code validate}, {@code apply}, {@code open}, {@code acknowledge}, and only
 *       one: Flow sends one request per line, so a line with several is malformed rather than
 *       guessed at.
 *   <li>Unknown members are skipped at every level ({@code $internal}, projections,
 *       partitionTemplate, shardTemplate, networkPorts, ...).
 *   <li>Members Flow may omit as zero values get defaults: lists {@code []}, counters and {@code
 *       intervalSeconds} 0, {@code version} {@code ""}, {@code connectorType} {@link
 *       ConnectorType#IMAGE}, {@code range} members the full range, open {@code state} {@code {}},
 *       acknowledge {@code checkpoints} 0. A {@code null} member counts as absent wherever a
 *       default or an optional value exists.
 *   <li>Required members (names, {@code stateKey}, configs, {@code capture}, {@code collection},
 *       {@code resourceConfig}, {@code writeSchema}) that are absent make the request malformed;
 *       configs, state and schemas must be JSON objects.
 * </ul>
 */
public final class RequestReader {

  private static final List<String> KEY_ORDER =
      List.of("spec", "discover", "validate", "apply", "open", "acknowledge");
  private static final String KEYS = String.join(", ", KEY_ORDER);
  private static final String UINT32 = "an unsigned 32-bit integer (0..4294967295)";

  private final JsonParser p;

  private RequestReader(JsonParser parser) {
    this.p = parser;
  }

  /**
   * Decodes the request in {@code utf8[offset..offset+length)}, one line without its newline
   * (surrounding whitespace is allowed).
   *
   * @param utf8 the buffer holding the line, UTF-8 encoded
   * @param offset where the line starts in {@code utf8}
   * @param length the line's length in bytes
   * @return the decoded request
   * @throws IndexOutOfBoundsException if the range lies outside {@code utf8}
   * @throws MalformedRequestException if the bytes are not one well-formed capture request; the
   *     message names what is wrong and where
   */
  public static Request read(byte[] utf8, int offset, int length) throws MalformedRequestException {
    Objects.checkFromIndexSize(offset, length, utf8.length);
    try (JsonParser parser = JsonFactories.factory().createParser(utf8, offset, length)) {
      return new RequestReader(parser).request();
    } catch (JsonProcessingException e) {
      throw notJson(e);
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory failed", e);
    }
  }

  /**
   * Decodes one request given as text (one line, without its newline).
   *
   * @param line the request line
   * @return the decoded request
   * @throws MalformedRequestException if the text is not one well-formed capture request
   */
  public static Request read(String line) throws MalformedRequestException {
    byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
    return read(utf8, 0, utf8.length);
  }

  private static MalformedRequestException notJson(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    String where = "";
    if (location != null) {
      long offset = location.getByteOffset();
      where = offset >= 0 ? " (at byte " + offset + ")" : "";
    }
    return new MalformedRequestException(
        "request is not valid JSON: " + e.getOriginalMessage() + where, e);
  }

  // ---------------------------------------------------------------------------------------------
  // The envelope.

  private Request request() throws IOException, MalformedRequestException {
    JsonToken token = p.nextToken();
    if (token == null) {
      throw new MalformedRequestException("request is empty");
    }
    if (token != JsonToken.START_OBJECT) {
      throw new MalformedRequestException("request must be a JSON object but is " + kind(token));
    }
    SpecRequest spec = null;
    DiscoverRequest discover = null;
    ValidateRequest validate = null;
    ApplyRequest apply = null;
    OpenRequest open = null;
    AcknowledgeRequest acknowledge = null;
    List<String> keys = new ArrayList<>(2);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      keys.add(field);
      p.nextToken();
      if (isNull()) {
        continue; // protobuf-JSON: null is the same as absent
      }
      switch (field) {
        case "spec" -> spec = spec("spec");
        case "discover" -> discover = discover("discover");
        case "validate" -> validate = validate("validate");
        case "apply" -> apply = apply("apply");
        case "open" -> open = open("open");
        case "acknowledge" -> acknowledge = acknowledge("acknowledge");
        default -> p.skipChildren();
      }
    }
    if (p.nextToken() != null) {
      throw new MalformedRequestException(
          "request has more content after its JSON object (at byte "
              + p.currentTokenLocation().getByteOffset()
              + ")");
    }
    Request[] requests = {spec, discover, validate, apply, open, acknowledge}; // as KEY_ORDER
    List<String> present = new ArrayList<>(1);
    Request chosen = null;
    for (int i = 0; i < requests.length; i++) {
      if (requests[i] != null) {
        present.add(KEY_ORDER.get(i));
        chosen = requests[i];
      }
    }
    if (present.size() > 1) {
      throw new MalformedRequestException(
          "request has "
              + present.size()
              + " of the keys "
              + KEYS
              + " ("
              + String.join(", ", present)
              + "), but a request is exactly one of them: send one request per line");
    }
    if (chosen == null) {
      throw new MalformedRequestException(
          "request has none of the keys "
              + KEYS
              + (keys.isEmpty()
                  ? " (it has no keys)"
                  : " (it has: " + String.join(", ", keys) + ")"));
    }
    return chosen;
  }

  // ---------------------------------------------------------------------------------------------
  // Requests. Each method starts on the value's first token and ends on its last token.

  private SpecRequest spec(String path) throws IOException, MalformedRequestException {
    expect(JsonToken.START_OBJECT, path, "a JSON object");
    ConnectorType connectorType = ConnectorType.IMAGE;
    RawJson config = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "connectorType" -> connectorType = connectorType(path, field);
        case "config" -> config = isNull() ? null : object(path, field);
        default -> p.skipChildren();
      }
    }
    return new SpecRequest(connectorType, Optional.ofNullable(config));
  }

  private DiscoverRequest discover(String path) throws IOException, MalformedRequestException {
    expect(JsonToken.START_OBJECT, path, "a JSON object");
    ConnectorType connectorType = ConnectorType.IMAGE;
    RawJson config = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "connectorType" -> connectorType = connectorType(path, field);
        case "config" -> config = object(path, field);
        default -> p.skipChildren();
      }
    }
    return new DiscoverRequest(connectorType, required(config, path, "config"));
  }

  private ValidateRequest validate(String path) throws IOException, MalformedRequestException {
    expect(JsonToken.START_OBJECT, path, "a JSON object");
    String name = null;
    ConnectorType connectorType = ConnectorType.IMAGE;
    RawJson config = null;
    List<ValidateBinding> bindings = List.of();
    LastCapture lastCapture = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "name" -> name = string(path, field);
        case "connectorType" -> connectorType = connectorType(path, field);
        case "config" -> config = object(path, field);
        case "bindings" -> bindings = validateBindings(path + ".bindings");
        case "lastCapture" -> lastCapture = isNull() ? null : lastCapture(path + ".lastCapture");
        default -> p.skipChildren();
      }
    }
    return new ValidateRequest(
        required(name, path, "name"),
        connectorType,
        required(config, path, "config"),
        bindings,
        Optional.ofNullable(lastCapture));
  }

  private LastCapture lastCapture(String path) throws IOException, MalformedRequestException {
    expect(JsonToken.START_OBJECT, path, "a JSON object");
    String name = null;
    ConnectorType connectorType = ConnectorType.IMAGE;
    RawJson config = null;
    List<ValidateBinding> bindings = List.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "name" -> name = string(path, field);
        case "connectorType" -> connectorType = connectorType(path, field);
        case "config" -> config = object(path, field);
        case "bindings" -> bindings = validateBindings(path + ".bindings");
        default -> p.skipChildren();
      }
    }
    required(config, path, "config");
    RawJson inner = LastCapture.innerConfig(config);
    if (inner != null && !inner.isObject()) {
      throw new MalformedRequestException(
          path + ".config.config must be a JSON object but is " + Checks.kind(inner));
    }
    return new LastCapture(required(name, path, "name"), connectorType, config, bindings);
  }

  private List<ValidateBinding> validateBindings(String path)
      throws IOException, MalformedRequestException {
    return array(path, this::validateBinding);
  }

  /** Reads one array element at {@code path}, the parser on its first token. */
  @FunctionalInterface
  private interface ElementReader<T> {
    T read(String path) throws IOException, MalformedRequestException;
  }

  /** An array (absent or null: empty) whose elements {@code element} reads. */
  private <T> List<T> array(String path, ElementReader<T> element)
      throws IOException, MalformedRequestException {
    if (isNull()) {
      return List.of();
    }
    expect(JsonToken.START_ARRAY, path, "an array");
    List<T> values = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      values.add(element.read(path + "[" + values.size() + "]"));
    }
    return values;
  }

  private ValidateBinding validateBinding(String path)
      throws IOException, MalformedRequestException {
    expect(JsonToken.START_OBJECT, path, "a JSON object");
    CollectionSpec collection = null;
    RawJson resourceConfig = null;
    long backfill = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "collection" -> collection = collection(path + ".collection");
        case "resourceConfig" -> resourceConfig = object(path, field);
        case "backfill" -> backfill = isNull() ? 0 : uint32(path, field);
        default -> p.skipChildren();
      }
    }
    return new ValidateBinding(
        required(collection, path, "collection"),
        required(resourceConfig, path, "resourceConfig"),
        backfill);
  }

  private CollectionSpec collection(String path) throws IOException, MalformedRequestException {
    expect(JsonToken.START_OBJECT, path, "a JSON object");
    String name = null;
    List<String> key = List.of();
    RawJson writeSchema = null;
    RawJson readSchema = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "name" -> name = string(path, field);
        case "key" -> key = strings(path, field);
        case "writeSchema" -> writeSchema = object(path, field);
        case "readSchema" -> readSchema = isNull() ? null : object(path, field);
        default -> p.skipChildren();
      }
    }
    return new CollectionSpec(
        required(name, path, "name"),
        key,
        required(writeSchema, path, "writeSchema"),
        Optional.ofNullable(readSchema));
  }

  private ApplyRequest apply(String path) throws IOException, MalformedRequestException {
    expect(JsonToken.START_OBJECT, path, "a JSON object");
    CaptureSpec capture = null;
    String version = "";
    CaptureSpec lastCapture = null;
    String lastVersion = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "capture" -> capture = captureSpec(path + ".capture");
        case "version" -> version = isNull() ? "" : string(path, field);
        case "lastCapture" -> lastCapture = isNull() ? null : captureSpec(path + ".lastCapture");
        case "lastVersion" -> lastVersion = isNull() ? null : string(path, field);
        default -> p.skipChildren();
      }
    }
    return new ApplyRequest(
        required(capture, path, "capture"),
        version,
        Optional.ofNullable(lastCapture),
        Optional.ofNullable(lastVersion));
  }

  private OpenRequest open(String path) throws IOException, MalformedRequestException {
    expect(JsonToken.START_OBJECT, path, "a JSON object");
    CaptureSpec capture = null;
    String version = "";
    Range range = Range.FULL;
    RawJson state = RawJson.EMPTY_OBJECT;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "capture" -> capture = captureSpec(path + ".capture");
        case "version" -> version = isNull() ? "" : string(path, field);
        case "range" -> range = isNull() ? Range.FULL : range(path + ".range");
        case "state" -> state = isNull() ? RawJson.EMPTY_OBJECT : object(path, field);
        default -> p.skipChildren();
      }
    }
    return new OpenRequest(required(capture, path, "capture"), version, range, state);
  }

  private CaptureSpec captureSpec(String path) throws IOException, MalformedRequestException {
    expect(JsonToken.START_OBJECT, path, "a JSON object");
    String name = null;
    ConnectorType connectorType = ConnectorType.IMAGE;
    RawJson config = null;
    long intervalSeconds = 0;
    List<CaptureBinding> bindings = List.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "name" -> name = string(path, field);
        case "connectorType" -> connectorType = connectorType(path, field);
        case "config" -> config = object(path, field);
        case "intervalSeconds" -> intervalSeconds = isNull() ? 0 : uint32(path, field);
        case "bindings" -> bindings = captureBindings(path + ".bindings");
        default -> p.skipChildren();
      }
    }
    return new CaptureSpec(
        required(name, path, "name"),
        connectorType,
        required(config, path, "config"),
        intervalSeconds,
        bindings);
  }

  private List<CaptureBinding> captureBindings(String path)
      throws IOException, MalformedRequestException {
    return array(path, this::captureBinding);
  }

  private CaptureBinding captureBinding(String path) throws IOException, MalformedRequestException {
    expect(JsonToken.START_OBJECT, path, "a JSON object");
    CollectionSpec collection = null;
    RawJson resourceConfig = null;
    List<String> resourcePath = List.of();
    String stateKey = null;
    long backfill = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "collection" -> collection = collection(path + ".collection");
        case "resourceConfig" -> resourceConfig = object(path, field);
        case "resourcePath" -> resourcePath = strings(path, field);
        case "stateKey" -> stateKey = string(path, field);
        case "backfill" -> backfill = isNull() ? 0 : uint32(path, field);
        default -> p.skipChildren();
      }
    }
    return new CaptureBinding(
        required(collection, path, "collection"),
        required(resourceConfig, path, "resourceConfig"),
        resourcePath,
        required(stateKey, path, "stateKey"),
        backfill);
  }

  private Range range(String path) throws IOException, MalformedRequestException {
    expect(JsonToken.START_OBJECT, path, "a JSON object");
    long keyBegin = 0;
    long keyEnd = Range.MAX;
    long rClockBegin = 0;
    long rClockEnd = Range.MAX;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "keyBegin" -> keyBegin = isNull() ? 0 : uint32(path, field);
        case "keyEnd" -> keyEnd = isNull() ? Range.MAX : uint32(path, field);
        case "rClockBegin" -> rClockBegin = isNull() ? 0 : uint32(path, field);
        case "rClockEnd" -> rClockEnd = isNull() ? Range.MAX : uint32(path, field);
        default -> p.skipChildren();
      }
    }
    return new Range(keyBegin, keyEnd, rClockBegin, rClockEnd);
  }

  private AcknowledgeRequest acknowledge(String path)
      throws IOException, MalformedRequestException {
    expect(JsonToken.START_OBJECT, path, "a JSON object");
    long checkpoints = 0; // Flow omits zero values; the Python CDK would require the member.
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (field.equals("checkpoints")) {
        checkpoints = isNull() ? 0 : uint32(path, field);
      } else {
        p.skipChildren();
      }
    }
    return new AcknowledgeRequest(checkpoints);
  }

  // ---------------------------------------------------------------------------------------------
  // Values. Each reads the value at the current token; `parent` and `field` name it for messages.

  private boolean isNull() {
    return p.currentToken() == JsonToken.VALUE_NULL;
  }

  private void expect(JsonToken token, String path, String what) throws MalformedRequestException {
    if (p.currentToken() != token) {
      throw new MalformedRequestException(
          path + " must be " + what + " but is " + kind(p.currentToken()));
    }
  }

  private String string(String parent, String field) throws IOException, MalformedRequestException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(parent + "." + field, "a string");
    }
    return p.getText();
  }

  private List<String> strings(String parent, String field)
      throws IOException, MalformedRequestException {
    return array(
        parent + "." + field,
        path -> {
          if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(path, "a string");
          }
          return p.getText();
        });
  }

  private RawJson object(String parent, String field)
      throws IOException, MalformedRequestException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType(parent + "." + field, "a JSON object");
    }
    return RawJson.copyOf(p);
  }

  private long uint32(String parent, String field) throws IOException, MalformedRequestException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType type = p.getNumberType();
      if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
        long value = p.getLongValue();
        if (value >= 0 && value <= Range.MAX) {
          return value;
        }
      }
    }
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      throw new MalformedRequestException(
          parent + "." + field + " must be " + UINT32 + " but is " + shorten(p.getText()));
    }
    throw wrongType(parent + "." + field, UINT32);
  }

  private ConnectorType connectorType(String parent, String field)
      throws IOException, MalformedRequestException {
    if (isNull()) {
      return ConnectorType.IMAGE;
    }
    String value = string(parent, field);
    return switch (value) {
      case "IMAGE" -> ConnectorType.IMAGE;
      case "LOCAL" -> ConnectorType.LOCAL;
      default ->
          throw new MalformedRequestException(
              parent
                  + "."
                  + field
                  + " must be one of IMAGE, LOCAL but is \""
                  + shorten(value)
                  + "\"");
    };
  }

  private static <T> T required(T value, String parent, String field)
      throws MalformedRequestException {
    if (value == null) {
      throw new MalformedRequestException(parent + "." + field + " is missing");
    }
    return value;
  }

  private MalformedRequestException wrongType(String path, String what) {
    return new MalformedRequestException(
        path + " must be " + what + " but is " + kind(p.currentToken()));
  }

  private static String kind(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> String.valueOf(token);
    };
  }

  private static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "...";
  }
}
