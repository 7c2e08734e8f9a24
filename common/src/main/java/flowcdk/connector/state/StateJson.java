package flowcdk.connector.state;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import flowcdk.runtime.codec.Codecs;
import flowcdk.runtime.codec.DecodeContext;
import flowcdk.runtime.codec.DecodeException;
import flowcdk.runtime.json.JsonFactories;
import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes connector state in the Python CDK's JSON shapes
 * (docs/strategies.md#state-shapes). Reading is strict, as the Python CDK's is: unknown members are
 * errors at every level, reported with their JSON pointers. Writing keeps the Python CDK's member
 * order ({@code inc}, {@code backfill}, {@code snapshot}, {@code last_initialized}, {@code
 * is_connector_initiated}; {@code cutoff}, {@code next_page}; {@code updated_at}, {@code
 * last_count}, {@code last_digest}) and omits absent members.
 */
public final class StateJson {

  private static final List<String> CONNECTOR_KEYS =
      List.of("bindingStateV1", "backfillRequests", "refresh_token");
  private static final List<String> RESOURCE_KEYS =
      List.of("inc", "backfill", "snapshot", "last_initialized", "is_connector_initiated");
  private static final List<String> INCREMENTAL_KEYS = List.of("cursor");
  private static final List<String> BACKFILL_KEYS = List.of("cutoff", "next_page");
  private static final List<String> SNAPSHOT_KEYS =
      List.of("updated_at", "last_count", "last_digest");

  private StateJson() {}

  // ---------------------------------------------------------------------------------------------
  // Reading

  /** Reads the whole connector state ({@code {}} and {@code null} are the empty state). */
  public static ConnectorState readConnectorState(RawJson json) throws DecodeException {
    if (json.isNull()) {
      return ConnectorState.EMPTY;
    }
    return read(json, "ConnectorState", StateJson::connectorState);
  }

  /** Reads one binding's state. */
  public static ResourceState readResourceState(RawJson json) throws DecodeException {
    return read(json, "ResourceState", StateJson::resourceState);
  }

  /** Reads a log cursor. */
  public static LogCursor readLogCursor(RawJson json) throws DecodeException {
    return read(json, "LogCursor", StateJson::logCursor);
  }

  private interface Reader<T> {
    T read(JsonParser p, DecodeContext ctx) throws IOException;
  }

  private static <T> T read(RawJson json, String name, Reader<T> reader) throws DecodeException {
    DecodeContext ctx = new DecodeContext();
    try (JsonParser p = json.parser()) {
      p.nextToken();
      T value = reader.read(p, ctx);
      if (ctx.hasProblems()) {
        throw new DecodeException(name, ctx.problems());
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ConnectorState connectorState(JsonParser p, DecodeContext ctx) throws IOException {
    if (!Codecs.expectObject(p, ctx)) {
      return ConnectorState.EMPTY;
    }
    Map<String, ResourceState> bindings = new LinkedHashMap<>();
    Map<String, Boolean> requests = new LinkedHashMap<>();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      ctx.push(field);
      switch (field) {
        case "bindingStateV1" -> readMap(p, ctx, bindings, StateJson::resourceStateOrNull);
        case "backfillRequests" -> readMap(p, ctx, requests, (q, c) -> Codecs.readBoolean(q, c));
        case "refresh_token" -> p.skipChildren(); // legacy, never read or written by the CDK
        default -> {
          ctx.pop();
          ctx.unknown(field, CONNECTOR_KEYS);
          ctx.push(field);
          p.skipChildren();
        }
      }
      ctx.pop();
    }
    return new ConnectorState(bindings, requests);
  }

  private static ResourceState resourceStateOrNull(JsonParser p, DecodeContext ctx)
      throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : resourceState(p, ctx);
  }

  private static ResourceState resourceState(JsonParser p, DecodeContext ctx) throws IOException {
    if (!Codecs.expectObject(p, ctx)) {
      return null;
    }
    Slot<Incremental> inc = null;
    Slot<Backfill> backfill = null;
    Slot<Snapshot> snapshot = null;
    Instant lastInitialized = null;
    Boolean connectorInitiated = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      ctx.push(field);
      switch (field) {
        case "inc" -> inc = slot(p, ctx, StateJson::incremental, INCREMENTAL_KEYS);
        case "backfill" -> backfill = slot(p, ctx, StateJson::backfill, BACKFILL_KEYS);
        case "snapshot" -> snapshot = slot(p, ctx, StateJson::snapshot, SNAPSHOT_KEYS);
        case "last_initialized" -> lastInitialized = instant(p, ctx);
        case "is_connector_initiated" -> connectorInitiated = Codecs.readBoolean(p, ctx);
        default -> {
          ctx.pop();
          ctx.unknown(field, RESOURCE_KEYS);
          ctx.push(field);
          p.skipChildren();
        }
      }
      ctx.pop();
    }
    return new ResourceState(inc, backfill, snapshot, lastInitialized, connectorInitiated);
  }

  /**
   * A single inner state or a map of subtask id to inner state (or null), told apart by shape: an
   * object whose members are all members of the inner state is the single form.
   */
  private static <T> Slot<T> slot(
      JsonParser p, DecodeContext ctx, Reader<T> inner, List<String> innerKeys) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      ctx.typeMismatch("an object", p);
      p.skipChildren();
      return null;
    }
    RawJson copy = RawJson.copyOf(p);
    boolean single = true;
    boolean empty = true;
    try (JsonParser scan = copy.parser()) {
      scan.nextToken();
      for (String field = scan.nextFieldName(); field != null; field = scan.nextFieldName()) {
        empty = false;
        scan.nextToken();
        scan.skipChildren();
        if (!innerKeys.contains(field)) {
          single = false;
        }
      }
    }
    try (JsonParser again = copy.parser()) {
      again.nextToken();
      if (single && !empty) {
        T state = inner.read(again, ctx);
        return state == null ? null : Slot.of(state);
      }
      Map<String, T> subtasks = new LinkedHashMap<>();
      readMap(
          again,
          ctx,
          subtasks,
          (q, c) -> q.currentToken() == JsonToken.VALUE_NULL ? null : inner.read(q, c));
      return Slot.subtasks(subtasks);
    }
  }

  private static Incremental incremental(JsonParser p, DecodeContext ctx) throws IOException {
    if (!Codecs.expectObject(p, ctx)) {
      return null;
    }
    LogCursor cursor = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      if (field.equals("cursor")) {
        ctx.push(field);
        cursor = logCursor(p, ctx);
        ctx.pop();
      } else {
        ctx.unknown(field, INCREMENTAL_KEYS);
        p.skipChildren();
      }
    }
    if (cursor == null) {
      ctx.missing("cursor");
      return null;
    }
    return new Incremental(cursor);
  }

  private static Backfill backfill(JsonParser p, DecodeContext ctx) throws IOException {
    if (!Codecs.expectObject(p, ctx)) {
      return null;
    }
    LogCursor cutoff = null;
    PageCursor next = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      ctx.push(field);
      switch (field) {
        case "cutoff" -> cutoff = logCursor(p, ctx);
        case "next_page" -> next = pageCursor(p, ctx);
        default -> {
          ctx.pop();
          ctx.unknown(field, BACKFILL_KEYS);
          ctx.push(field);
          p.skipChildren();
        }
      }
      ctx.pop();
    }
    if (cutoff == null) {
      ctx.missing("cutoff");
      return null;
    }
    return new Backfill(cutoff, next);
  }

  private static Snapshot snapshot(JsonParser p, DecodeContext ctx) throws IOException {
    if (!Codecs.expectObject(p, ctx)) {
      return null;
    }
    Instant updatedAt = null;
    Long lastCount = null;
    String lastDigest = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      ctx.push(field);
      switch (field) {
        case "updated_at" -> updatedAt = instant(p, ctx);
        case "last_count" -> lastCount = Codecs.readLong(p, ctx);
        case "last_digest" -> lastDigest = Codecs.readString(p, ctx);
        default -> {
          ctx.pop();
          ctx.unknown(field, SNAPSHOT_KEYS);
          ctx.push(field);
          p.skipChildren();
        }
      }
      ctx.pop();
    }
    if (updatedAt == null || lastCount == null || lastDigest == null) {
      for (String key : SNAPSHOT_KEYS) {
        if ((key.equals("updated_at") && updatedAt == null)
            || (key.equals("last_count") && lastCount == null)
            || (key.equals("last_digest") && lastDigest == null)) {
          ctx.missing(key);
        }
      }
      return null;
    }
    return new Snapshot(updatedAt, lastCount, lastDigest);
  }

  /** A log cursor: an RFC 3339 string, a non-negative integer, or a one-element array. */
  static LogCursor logCursor(JsonParser p, DecodeContext ctx) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      Instant instant = instant(p, ctx);
      return instant == null ? null : LogCursor.at(instant);
    }
    if (token == JsonToken.VALUE_NUMBER_INT) {
      Long value = Codecs.readLong(p, ctx);
      if (value == null) {
        return null;
      }
      if (value < 0) {
        ctx.problem("expected a non-negative integer log offset, found " + value);
        return null;
      }
      return LogCursor.offset(value);
    }
    if (token == JsonToken.START_ARRAY) {
      JsonToken element = p.nextToken();
      Object value = null;
      if (element == JsonToken.VALUE_STRING) {
        value = p.getText();
      } else if (element == JsonToken.VALUE_NUMBER_INT) {
        value = p.getLongValue();
      }
      JsonToken after = element == JsonToken.END_ARRAY ? element : p.nextToken();
      if (value == null || after != JsonToken.END_ARRAY) {
        if (after != JsonToken.END_ARRAY) {
          p.skipChildren();
          while (p.currentToken() != JsonToken.END_ARRAY) {
            p.nextToken();
            p.skipChildren();
          }
        }
        ctx.problem("expected a log cursor token of exactly one string or integer, e.g. [\"abc\"]");
        return null;
      }
      return new LogCursor.Token(value);
    }
    ctx.typeMismatch(
        "a log cursor (an RFC 3339 date-time, a non-negative integer, or a one-element array)", p);
    p.skipChildren();
    return null;
  }

  /**
   * A point in time as {@link Codecs#writeInstant} writes it: RFC 3339 ({@link Codecs#readInstant})
   * for years 0000 to 9999, and beyond them the ISO 8601 expanded years java.time writes ({@code
   * +12000-01-01T00:00:00Z}, {@code -0099-01-01T00:00:10Z}), so that every {@link Instant} read
   * back is the one written (docs/strategies.md#state-shapes).
   */
  private static Instant instant(JsonParser p, DecodeContext ctx) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String text = p.getText();
      if (!text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-')) {
        try {
          return Instant.parse(text); // DateTimeFormatter.ISO_INSTANT: a sign, 4 to 10 digits
        } catch (DateTimeParseException e) {
          // not an expanded year: reported below like any other malformed date-time
        }
      }
    }
    return Codecs.readInstant(p, ctx);
  }

  private static PageCursor pageCursor(JsonParser p, DecodeContext ctx) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL
        || token == JsonToken.VALUE_STRING
        || token == JsonToken.VALUE_NUMBER_INT
        || token == JsonToken.START_OBJECT) {
      return new PageCursor(RawJson.copyOf(p));
    }
    ctx.typeMismatch("a page cursor (null, a string, an integer or an object)", p);
    p.skipChildren();
    return null;
  }

  private static <T> void readMap(
      JsonParser p, DecodeContext ctx, Map<String, T> into, Reader<T> values) throws IOException {
    if (!Codecs.expectObject(p, ctx)) {
      return;
    }
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      p.nextToken();
      ctx.push(key);
      into.put(key, values.read(p, ctx));
      ctx.pop();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Round trips

  /**
   * Checks that {@code cursor} reads back from the JSON {@link #write(LogCursor)} gives as an equal
   * cursor, so that a checkpoint holding it can be resumed from.
   *
   * @throws IllegalArgumentException saying what it is written as and why it does not read back
   */
  public static void requireRoundTrip(LogCursor cursor) {
    RawJson json;
    try {
      json = write(cursor);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("it cannot be written as JSON: " + e.getMessage(), e);
    }
    LogCursor back;
    try {
      back = readLogCursor(json);
    } catch (DecodeException | RuntimeException e) {
      throw new IllegalArgumentException(
          "it is written as " + json + ", which the connector state cannot read back: " + reason(e),
          e);
    }
    if (!cursor.equals(back)) {
      throw new IllegalArgumentException(
          "it is written as " + json + ", which reads back as a different cursor, " + back);
    }
  }

  /**
   * Checks that {@code cursor} reads back from the JSON {@link #writeBackfill} gives it as {@code
   * next_page} as an equal cursor, so that a checkpoint holding it can be resumed from.
   *
   * @throws IllegalArgumentException saying what it is written as and why it does not read back
   */
  public static void requireRoundTrip(PageCursor cursor) {
    RawJson json;
    try {
      json = json(g -> cursor.json().writeTo(g));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("it cannot be written as JSON: " + e.getMessage(), e);
    }
    PageCursor back;
    try {
      back = read(json, "PageCursor", StateJson::pageCursor);
    } catch (DecodeException | RuntimeException e) {
      throw new IllegalArgumentException(
          "it is written as " + json + ", which the connector state cannot read back: " + reason(e),
          e);
    }
    if (back == null
        || !(cursor.equals(back)
            || Objects.equals(JsonValues.read(cursor.json()), JsonValues.read(back.json())))) {
      throw new IllegalArgumentException(
          "it is written as " + json + ", which reads back as a different cursor, " + back);
    }
  }

  /**
   * Checks every cursor of {@code state} (incremental cursors, backfill cutoffs and page cursors)
   * with {@link #requireRoundTrip(LogCursor)} and {@link #requireRoundTrip(PageCursor)}, then that
   * the whole state (subtask ids included) reads back.
   *
   * @throws IllegalArgumentException naming the first cursor that does not read back
   */
  public static void requireRoundTrip(ResourceState state) {
    for (Incremental inc : states(state.inc())) {
      requireRoundTrip("incremental cursor", inc.cursor());
    }
    for (Backfill backfill : states(state.backfill())) {
      requireRoundTrip("backfill cutoff", backfill.cutoff());
      if (backfill.nextPage() != null) {
        try {
          requireRoundTrip(backfill.nextPage());
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "backfill page cursor " + backfill.nextPage() + ": " + e.getMessage(), e);
        }
      }
    }
    RawJson json = write(state);
    try {
      readResourceState(json);
    } catch (DecodeException | RuntimeException e) {
      throw new IllegalArgumentException(
          "the state is written as "
              + json
              + ", which the connector state cannot read back: "
              + reason(e),
          e);
    }
  }

  /** The innermost message of {@code e}, without Jackson's location suffix. */
  private static String reason(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause instanceof JsonProcessingException j ? j.getOriginalMessage() : cause.getMessage();
  }

  private static void requireRoundTrip(String what, LogCursor cursor) {
    try {
      requireRoundTrip(cursor);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " " + cursor + ": " + e.getMessage(), e);
    }
  }

  private static <T> List<T> states(Slot<T> slot) {
    if (slot instanceof Slot.Single<T> single) {
      return List.of(single.state());
    }
    if (slot instanceof Slot.Subtasks<T> subtasks) {
      return subtasks.states().values().stream().filter(Objects::nonNull).toList();
    }
    return List.of();
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  /** {@code state} as JSON, absent members omitted. */
  public static RawJson write(ResourceState state) {
    return json(g -> writeResourceState(g, state));
  }

  /** {@code cursor} as JSON. */
  public static RawJson write(LogCursor cursor) {
    return json(g -> writeLogCursor(g, cursor));
  }

  /** Writes a resource state. */
  public static void writeResourceState(JsonGenerator g, ResourceState state) throws IOException {
    g.writeStartObject();
    if (state.inc() != null) {
      g.writeFieldName("inc");
      writeSlot(g, state.inc(), StateJson::writeIncremental);
    }
    if (state.backfill() != null) {
      g.writeFieldName("backfill");
      writeSlot(g, state.backfill(), StateJson::writeBackfill);
    }
    if (state.snapshot() != null) {
      g.writeFieldName("snapshot");
      writeSlot(g, state.snapshot(), StateJson::writeSnapshot);
    }
    if (state.lastInitialized() != null) {
      g.writeFieldName("last_initialized");
      Codecs.writeInstant(g, state.lastInitialized());
    }
    if (state.isConnectorInitiated() != null) {
      g.writeBooleanField("is_connector_initiated", state.isConnectorInitiated());
    }
    g.writeEndObject();
  }

  /** Writes an incremental state. */
  public static void writeIncremental(JsonGenerator g, Incremental state) throws IOException {
    g.writeStartObject();
    g.writeFieldName("cursor");
    writeLogCursor(g, state.cursor());
    g.writeEndObject();
  }

  /** Writes a backfill state ({@code next_page} only when present). */
  public static void writeBackfill(JsonGenerator g, Backfill state) throws IOException {
    g.writeStartObject();
    g.writeFieldName("cutoff");
    writeLogCursor(g, state.cutoff());
    if (state.nextPage() != null) {
      g.writeFieldName("next_page");
      state.nextPage().json().writeTo(g);
    }
    g.writeEndObject();
  }

  /** Writes a snapshot state. */
  public static void writeSnapshot(JsonGenerator g, Snapshot state) throws IOException {
    g.writeStartObject();
    g.writeFieldName("updated_at");
    Codecs.writeInstant(g, state.updatedAt());
    g.writeNumberField("last_count", state.lastCount());
    g.writeStringField("last_digest", state.lastDigest());
    g.writeEndObject();
  }

  /** Writes a log cursor in its JSON form. */
  public static void writeLogCursor(JsonGenerator g, LogCursor cursor) throws IOException {
    if (cursor instanceof LogCursor.At at) {
      Codecs.writeInstant(g, at.instant());
    } else if (cursor instanceof LogCursor.Offset offset) {
      g.writeNumber(offset.value());
    } else {
      Object value = ((LogCursor.Token) cursor).value();
      g.writeStartArray();
      if (value instanceof String s) {
        g.writeString(s);
      } else {
        g.writeNumber((Long) value);
      }
      g.writeEndArray();
    }
  }

  /** Writes one JSON value of a state part. */
  @FunctionalInterface
  public interface Writer<T> {
    /** Writes {@code value}. */
    void write(JsonGenerator g, T value) throws IOException;
  }

  private static <T> void writeSlot(JsonGenerator g, Slot<T> slot, Writer<T> inner)
      throws IOException {
    if (slot instanceof Slot.Single<T> single) {
      inner.write(g, single.state());
      return;
    }
    g.writeStartObject();
    for (Map.Entry<String, T> entry : ((Slot.Subtasks<T>) slot).states().entrySet()) {
      g.writeFieldName(entry.getKey());
      if (entry.getValue() == null) {
        g.writeNull();
      } else {
        inner.write(g, entry.getValue());
      }
    }
    g.writeEndObject();
  }

  /** Builds a JSON value with a generator. */
  public static RawJson json(Writer<Void> body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator g = JsonFactories.factory().createGenerator(out)) {
      body.write(g, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return RawJson.trusted(out.toByteArray());
  }

  /** Builds a JSON value with a generator (lambda-friendly form of {@link #json(Writer)}). */
  public static RawJson json(GeneratorBody body) {
    return json((Writer<Void>) (g, ignored) -> body.write(g));
  }

  /** Writes with a generator. */
  @FunctionalInterface
  public interface GeneratorBody {
    /** Writes into {@code g}. */
    void write(JsonGenerator g) throws IOException;
  }
}
