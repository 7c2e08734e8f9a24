package flowcdk.common.stream;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import flowcdk.runtime.codec.DecodeException;
import flowcdk.runtime.codec.DecodeProblem;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The messages of streamed JSON reading, in one place so that their wording stays uniform, thrown
 * as the exception type the author API chose ({@code JsonStreamException}, which this package
 * cannot name: the author package depends on this one).
 */
public final class JsonStreamErrors {

  // Jackson's messages name the start of an unclosed container with a location whose source is
  // redacted; the pointer this class adds says more.
  private static final Pattern START_MARKER = Pattern.compile(" \\(start marker at \\[[^]]*]\\)");

  private final BiFunction<String, Throwable, ? extends RuntimeException> exceptions;

  /**
   * Failures made by {@code exceptions} from a message and a cause (the parser's exception or a
   * {@code DecodeException}; {@code null} if none).
   */
  public JsonStreamErrors(BiFunction<String, Throwable, ? extends RuntimeException> exceptions) {
    this.exceptions = exceptions;
  }

  /**
   * {@code item 3 at /records/3 (line 1, column 58) is not a valid Record: /id: expected ...}; a
   * top-level item is {@code item 2 at line 3, column 1 (a top-level value)}.
   */
  RuntimeException invalidItem(
      long index, String pointer, int line, int column, DecodeException e) {
    String at =
        pointer.isEmpty()
            ? "at line " + line + ", column " + column + " (a top-level value)"
            : "at " + pointer + " (line " + line + ", column " + column + ")";
    return exceptions.apply(
        "item " + index + " " + at + " is not a valid " + e.typeName() + problems(e), e);
  }

  /** The input is not JSON: the parser's message, where, and how many items came before. */
  RuntimeException malformed(JsonProcessingException e, JsonStreamContext context, long items) {
    String what =
        e instanceof StreamConstraintsException
            ? "the input exceeds a limit of the JSON parser"
            : "the input is not valid JSON";
    return exceptions.apply(
        what + " " + location(e, context, items) + ": " + clean(e.getOriginalMessage()), e);
  }

  /** The input ended inside a value: what was still expected, and where. */
  RuntimeException truncated(JsonProcessingException e, JsonStreamContext context, long items) {
    String expected;
    if (context.inArray()) {
      expected = "expected more elements or ']' to close " + container("array", context);
    } else if (context.inObject()) {
      expected = "expected more members or '}' to close " + container("object", context);
    } else {
      expected = "expected the rest of the value";
    }
    return exceptions.apply(
        "the input ended in the middle of a JSON value (truncated body?) "
            + location(e, context, items)
            + ": "
            + expected
            + " (the parser reports: "
            + clean(e.getOriginalMessage())
            + ")",
        e);
  }

  /** The input started like a UTF-8 byte order mark but did not go on like one. */
  RuntimeException brokenByteOrderMark() {
    return exceptions.apply(
        "the input is not valid JSON at line 1, column 1: it starts with part of a UTF-8 byte order"
            + " mark (EF BB BF) but not all of it",
        null);
  }

  /** The remainder did not decode into the model it was asked for as. */
  RuntimeException invalidRemainder(JsonPrefix prefix, boolean absent, DecodeException e) {
    return exceptions.apply(
        "the remainder of the input (everything outside the items at \""
            + prefix
            + "\") is not a valid "
            + e.typeName()
            + problems(e)
            + (absent
                ? "\n(the input held no top-level value outside the items, so the remainder is"
                    + " null: was the body empty? Check remainder().isNull() before decoding it if"
                    + " that can happen)"
                : ""),
        e);
  }

  /** The remainder was asked for too early. */
  IllegalStateException remainderBeforeEnd() {
    return new IllegalStateException(
        "the remainder was asked for before the whole input was processed: read the stream to its"
            + " end first, e.g. Streams.forEach(items, ...).map(v -> items.remainder(...))");
  }

  /** The remainder was asked for, but reading the input failed. */
  IllegalStateException remainderAfterFailure(Throwable failure) {
    return new IllegalStateException(
        "the remainder is not available because reading the input failed: " + failure.getMessage(),
        failure);
  }

  /** {@code : /id: expected ...}, or {@code , 2 problems:} and one line for each. */
  private static String problems(DecodeException e) {
    List<DecodeProblem> problems = e.problems();
    if (problems.size() == 1) {
      return ": " + problems.get(0);
    }
    StringBuilder text = new StringBuilder(", ").append(problems.size()).append(" problems:");
    for (int i = 0; i < problems.size() && i < DecodeException.MAX_LISTED; i++) {
      text.append("\n - ").append(problems.get(i));
    }
    if (problems.size() > DecodeException.MAX_LISTED) {
      text.append("\n - ... and ").append(problems.size() - DecodeException.MAX_LISTED);
      text.append(" more");
    }
    return text.toString();
  }

  /** {@code at line 1, column 4 (in /records/1, after 1 item)}. */
  private static String location(JsonProcessingException e, JsonStreamContext context, long items) {
    StringBuilder text = new StringBuilder();
    JsonLocation at = e.getLocation();
    if (at != null && at.getLineNr() > 0) {
      text.append("at line ").append(at.getLineNr()).append(", column ").append(at.getColumnNr());
      text.append(' ');
    }
    String pointer = context.pathAsPointer().toString();
    text.append('(');
    if (!pointer.isEmpty()) {
      text.append("in ").append(pointer).append(", ");
    }
    text.append("after ").append(items).append(items == 1 ? " item)" : " items)");
    return text.toString();
  }

  /** {@code the array at /records}, or {@code the top-level array}. */
  private static String container(String kind, JsonStreamContext context) {
    JsonStreamContext parent = context.getParent();
    String pointer = parent == null ? "" : parent.pathAsPointer().toString();
    return pointer.isEmpty() ? "the top-level " + kind : "the " + kind + " at " + pointer;
  }

  private static String clean(String jacksonMessage) {
    return jacksonMessage == null ? "" : START_MARKER.matcher(jacksonMessage).replaceAll("");
  }
}
