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
 * Decodes one response line into a {@link Response}: what a tool driving a connector (the {@code
 * preview} command, tests) reads from its stdout. It reads back what {@link ResponseWriter} writes,
 * as equal records, in one streaming pass; documents, schemas and states are copied once into
 * {@link RawJson}.
 *
 * <p>The rules are {@link RequestReader}'s: the line holds exactly one JSON object with exactly one
 * of the keys {@code spec}, {@code discovered}, {@code validated}, {@code applied}, {@code opened},
 * {@code captured}, {@code checkpoint}, {@code sourcedSchema}; unknown members are skipped at every
 * level; members protobuf-JSON omits as zero values (lists, numbers, booleans, strings) get their
 * zero value when absent or null; the JSON values a response carries (schemas, configs, documents,
 * the state update) are required and must be objects. A sourced schema is read from {@code
 * schema_json} (as written) or {@code schema} (protobuf-JSON's canonical name).
 */
public final class ResponseReader {

  private static final List<String> KEY_ORDER =
      List.of(
          "spec",
          "discovered",
          "validated",
          "applied",
          "opened",
          "captured",
          "checkpoint",
          "sourcedSchema");
  private static final String KEYS = String.join(", ", KEY_ORDER);

  private final JsonParser p;

  private ResponseReader(JsonParser parser) {
    this.p = parser;
  }

  /**
   * Decodes the response in {@code utf8[offset..offset+length)}, one line without its newline
   * (surrounding whitespace is allowed).
   *
   * @param utf8 the buffer holding the line, UTF-8 encoded
   * @param offset where the line starts in {@code utf8}
   * @param length the line's length in bytes
   * @return the decoded response
   * @throws IndexOutOfBoundsException if the range lies outside {@code utf8}
   * @throws MalformedResponseException if the bytes are not one well-formed capture response; the
   *     message names what is wrong and where
   */
  public static Response read(byte[] utf8, int offset, int length)
      throws MalformedResponseException {
    Objects.checkFromIndexSize(offset, length, utf8.length);
    try (JsonParser parser = JsonFactories.factory().createParser(utf8, offset, length)) {
      return new ResponseReader(parser).response();
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      long at = location == null ? -1 : location.getByteOffset();
      throw new MalformedResponseException(
          "response is not valid JSON: "
              + e.getOriginalMessage()
              + (at >= 0 ? " (at byte " + at + ")" : ""),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory failed", e);
    }
  }

  /**
   * Decodes one response given as text (one line, without its newline).
   *
   * @param line the response line
   * @return the decoded response
   * @throws MalformedResponseException if the text is not one well-formed capture response
   */
  public static Response read(String line) throws MalformedResponseException {
    byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
    return read(utf8, 0, utf8.length);
  }

  private Response response() throws IOException, MalformedResponseException {
    JsonToken token = p.nextToken();
    if (token == null) {
      throw new MalformedResponseException("response is empty");
    }
    if (token != JsonToken.START_OBJECT) {
      throw new MalformedResponseException("response must be a JSON object but is " + kind(token));
    }
    List<String> present = new ArrayList<>(1);
    Response chosen = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (isNull() || !KEY_ORDER.contains(field)) {
        p.skipChildren(); // protobuf-JSON: null is the same as absent; unknown keys are skipped
        continue;
      }
      present.add(field);
      chosen = response(field);
    }
    if (p.nextToken() != null) {
      throw new MalformedResponseException(
          "response has more content after its JSON object (at byte "
              + p.currentTokenLocation().getByteOffset()
              + ")");
    }
    if (present.size() != 1) {
      throw new MalformedResponseException(
          "response has "
              + (present.isEmpty() ? "none" : present.size())
              + " of the keys "
              + KEYS
              + (present.isEmpty() ? "" : " (" + String.join(", ", present) + ")")
              + ", but a response is exactly one of them");
    }
    return chosen;
  }

  // Each method starts on the value's first token and ends on its last token.

  private Response response(String key) throws IOException, MalformedResponseException {
    return switch (key) {
      case "spec" -> spec(key);
      case "discovered" -> new DiscoveredResponse(bindings(key, this::discoveredBinding));
      case "validated" -> new ValidatedResponse(bindings(key, this::validatedBinding));
      case "applied" -> applied(key);
      case "opened" -> opened(key);
      case "captured" -> captured(key);
      case "checkpoint" -> checkpoint(key);
      case "sourcedSchema" -> sourcedSchema(key);
      default -> throw new AssertionError("not a response key: " + key);
    };
  }

  private SpecResponse spec(String path) throws IOException, MalformedResponseException {
    expect(JsonToken.START_OBJECT, path, "a JSON object");
    long protocol = 0;
    RawJson configSchema = null;
    RawJson resourceConfigSchema = null;
    String documentationUrl = "";
    RawJson oauth2 = null;
    List<String> resourcePathPointers = List.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "protocol" -> protocol = isNull() ? 0 : uint32(path, field);
        case "configSchema" -> configSchema = object(path, field);
        case "resourceConfigSchema" -> resourceConfigSchema = object(path, field);
        case "documentationUrl" -> documentationUrl = string(path, field);
        case "oauth2" -> oauth2 = isNull() ? null : object(path, field);
        case "resourcePathPointers" -> resourcePathPointers = strings(path, field);
        default -> p.skipChildren();
      }
    }
    return new SpecResponse(
        protocol,
        required(configSchema, path, "configSchema"),
        required(resourceConfigSchema, path, "resourceConfigSchema"),
        documentationUrl,
        Optional.ofNullable(oauth2),
        resourcePathPointers);
  }

  /** Reads one array element at {@code path}, the parser on its first token. */
  @FunctionalInterface
  private interface ElementReader<T> {
    T read(String path) throws IOException, MalformedResponseException;
  }

  /** The {@code bindings} array of the object at {@code path}, each read by {@code element}. */
  private <T> List<T> bindings(String path, ElementReader<T> element)
      throws IOException, MalformedResponseException {
    expect(JsonToken.START_OBJECT, path, "a JSON object");
    List<T> bindings = List.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (field.equals("bindings")) {
        bindings = array(path + "." + field, element);
      } else {
        p.skipChildren();
      }
    }
    return bindings;
  }

  private DiscoveredBinding discoveredBinding(String path)
      throws IOException, MalformedResponseException {
    expect(JsonToken.START_OBJECT, path, "a JSON object");
    String recommendedName = "";
    RawJson resourceConfig = null;
    RawJson documentSchema = null;
    List<String> key = List.of();
    boolean disable = false;
    List<String> resourcePath = List.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "recommendedName" -> recommendedName = string(path, field);
        case "resourceConfig" -> resourceConfig = object(path, field);
        case "documentSchema" -> documentSchema = object(path, field);
        case "key" -> key = strings(path, field);
        case "disable" -> disable = bool(path, field);
        case "resourcePath" -> resourcePath = strings(path, field);
        default -> p.skipChildren();
      }
    }
    return new DiscoveredBinding(
        recommendedName,
        required(resourceConfig, path, "resourceConfig"),
        required(documentSchema, path, "documentSchema"),
        key,
        disable,
        resourcePath);
  }

  private ValidatedBinding validatedBinding(String path)
      throws IOException, MalformedResponseException {
    expect(JsonToken.START_OBJECT, path, "a JSON object");
    List<String> resourcePath = List.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (field.equals("resourcePath")) {
        resourcePath = strings(path, field);
      } else {
        p.skipChildren();
      }
    }
    return new ValidatedBinding(resourcePath);
  }

  private AppliedResponse applied(String path) throws IOException, MalformedResponseException {
    expect(JsonToken.START_OBJECT, path, "a JSON object");
    String actionDescription = "";
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (field.equals("actionDescription")) {
        actionDescription = string(path, field);
      } else {
        p.skipChildren();
      }
    }
    return new AppliedResponse(actionDescription);
  }

  private OpenedResponse opened(String path) throws IOException, MalformedResponseException {
    expect(JsonToken.START_OBJECT, path, "a JSON object");
    boolean explicitAcknowledgements = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (field.equals("explicitAcknowledgements")) {
        explicitAcknowledgements = bool(path, field);
      } else {
        p.skipChildren();
      }
    }
    return new OpenedResponse(explicitAcknowledgements);
  }

  private CapturedResponse captured(String path) throws IOException, MalformedResponseException {
    expect(JsonToken.START_OBJECT, path, "a JSON object");
    int binding = 0;
    RawJson doc = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "binding" -> binding = index(path, field);
        case "doc" -> doc = object(path, field);
        default -> p.skipChildren();
      }
    }
    return new CapturedResponse(binding, required(doc, path, "doc"));
  }

  private CheckpointResponse checkpoint(String path)
      throws IOException, MalformedResponseException {
    expect(JsonToken.START_OBJECT, path, "a JSON object");
    CheckpointResponse state = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (field.equals("state") && !isNull()) {
        state = state(path + "." + field);
      } else {
        p.skipChildren();
      }
    }
    return required(state, path, "state");
  }

  private CheckpointResponse state(String path) throws IOException, MalformedResponseException {
    expect(JsonToken.START_OBJECT, path, "a JSON object");
    RawJson updated = null;
    boolean mergePatch = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "updated" -> updated = object(path, field);
        case "mergePatch" -> mergePatch = bool(path, field);
        default -> p.skipChildren();
      }
    }
    return new CheckpointResponse(required(updated, path, "updated"), mergePatch);
  }

  private SourcedSchemaResponse sourcedSchema(String path)
      throws IOException, MalformedResponseException {
    expect(JsonToken.START_OBJECT, path, "a JSON object");
    int binding = 0;
    RawJson schema = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "binding" -> binding = index(path, field);
        case "schema_json", "schema" -> schema = object(path, field);
        default -> p.skipChildren();
      }
    }
    return new SourcedSchemaResponse(binding, required(schema, path, "schema_json"));
  }

  // Values. Each reads the value at the current token; `parent` and `field` name it for messages.

  private boolean isNull() {
    return p.currentToken() == JsonToken.VALUE_NULL;
  }

  private void expect(JsonToken token, String path, String what) throws MalformedResponseException {
    if (p.currentToken() != token) {
      throw new MalformedResponseException(
          path + " must be " + what + " but is " + kind(p.currentToken()));
    }
  }

  /** An array (absent or null: empty) whose elements {@code element} reads. */
  private <T> List<T> array(String path, ElementReader<T> element)
      throws IOException, MalformedResponseException {
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

  private String string(String parent, String field)
      throws IOException, MalformedResponseException {
    if (isNull()) {
      return "";
    }
    expect(JsonToken.VALUE_STRING, parent + "." + field, "a string");
    return p.getText();
  }

  private List<String> strings(String parent, String field)
      throws IOException, MalformedResponseException {
    return array(
        parent + "." + field,
        path -> {
          expect(JsonToken.VALUE_STRING, path, "a string");
          return p.getText();
        });
  }

  private boolean bool(String parent, String field) throws MalformedResponseException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return false;
    }
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw new MalformedResponseException(
          parent + "." + field + " must be a boolean but is " + kind(token));
    }
    return token == JsonToken.VALUE_TRUE;
  }

  private RawJson object(String parent, String field)
      throws IOException, MalformedResponseException {
    expect(JsonToken.START_OBJECT, parent + "." + field, "a JSON object");
    return RawJson.copyOf(p);
  }

  /** A binding index: a non-negative 32-bit integer (null: 0). */
  private int index(String parent, String field) throws IOException, MalformedResponseException {
    if (isNull()) {
      return 0;
    }
    long value = integer(parent, field, Integer.MAX_VALUE, "a binding index (0..2147483647)");
    return (int) value;
  }

  private long uint32(String parent, String field) throws IOException, MalformedResponseException {
    return integer(parent, field, 0xFFFF_FFFFL, "an unsigned 32-bit integer (0..4294967295)");
  }

  private long integer(String parent, String field, long max, String what)
      throws IOException, MalformedResponseException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType type = p.getNumberType();
      if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
        long value = p.getLongValue();
        if (value >= 0 && value <= max) {
          return value;
        }
      }
      throw new MalformedResponseException(
          parent + "." + field + " must be " + what + " but is " + p.getText());
    }
    throw new MalformedResponseException(
        parent + "." + field + " must be " + what + " but is " + kind(token));
  }

  private static <T> T required(T value, String parent, String field)
      throws MalformedResponseException {
    if (value == null) {
      throw new MalformedResponseException(parent + "." + field + " is missing");
    }
    return value;
  }

  private static String kind(JsonToken token) {
    if (token == null) {
      return "missing";
    }
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
}
