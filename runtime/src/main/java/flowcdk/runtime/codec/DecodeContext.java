package flowcdk.runtime.codec;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The state of one decode: where in the document the codecs are (a JSON pointer kept as a stack of
 * property names and array indexes) and the problems found so far.
 *
 * <p>Codecs call {@link #push(String)} or {@link #push(int)} before reading a member or element and
 * {@link #pop()} after it, and record problems with {@link #problem(String)}, {@link
 * #typeMismatch(String, JsonParser)}, {@link #missing(String)} and {@link #unknown(String,
 * Collection)}. Decoding a valid document costs no allocation per property: the path lives in
 * reusable arrays and a pointer string is only built when a problem is recorded.
 *
 * <p>Not thread-safe; use one context per decode.
 */
public final class DecodeContext {

  private String[] names = new String[16];
  private int[] indexes = new int[16];
  private int depth;
  private int secretDepth;
  private List<DecodeProblem> problems;
  private boolean notesEnabled;
  private List<Note> notes;

  /** Creates a context positioned at the root of a document, with no problems. */
  public DecodeContext() {}

  /** Enters the object member {@code property}. */
  public void push(String property) {
    ensureCapacity();
    names[depth++] = property;
  }

  /** Enters the array element at {@code index}. */
  public void push(int index) {
    ensureCapacity();
    names[depth] = null;
    indexes[depth++] = index;
  }

  /**
   * Leaves the member or element entered last.
   *
   * @throws IllegalStateException at the root
   */
  public void pop() {
    if (depth == 0) {
      throw new IllegalStateException("pop() at the root of the document");
    }
    names[--depth] = null;
  }

  /**
   * Enters a secret value ({@code "secret": true} in the schema): until the matching {@link
   * #exitSecret()}, problems name the pointer and what was expected but never the value found, e.g.
   * {@code expected a string, found a number (value hidden: the property is secret)}. Nests, so
   * values inside a secret object or array stay hidden. Generated readers call it after {@link
   * #push(String)} for a secret property.
   */
  public void enterSecret() {
    secretDepth++;
  }

  /**
   * Leaves the secret value entered last.
   *
   * @throws IllegalStateException outside a secret value
   */
  public void exitSecret() {
    if (secretDepth == 0) {
      throw new IllegalStateException("exitSecret() outside a secret value");
    }
    secretDepth--;
  }

  /** Whether the current position is inside a secret value, whose text problems must not show. */
  public boolean inSecret() {
    return secretDepth > 0;
  }

  /** How many members and elements deep the context is; 0 at the root. */
  public int depth() {
    return depth;
  }

  /**
   * The RFC 6901 JSON pointer of the current position: {@code ""} at the root, otherwise {@code
   * /name/0/...} with {@code ~} escaped as {@code ~0} and {@code /} as {@code ~1}.
   */
  public String pointer() {
    if (depth == 0) {
      return "";
    }
    StringBuilder pointer = new StringBuilder(depth * 12);
    appendPath(pointer);
    return pointer.toString();
  }

  /** Records {@code message} as a problem at the current position. */
  public void problem(String message) {
    add(new DecodeProblem(pointer(), message));
  }

  /**
   * Records that the current value has the wrong type or form: {@code expected <expected>, found
   * <the current token>}, e.g. {@code expected a string, found a number 5}. The caller still skips
   * the value.
   *
   * @param expected what was expected, phrased to follow "expected", e.g. {@code a string}
   * @param p the parser, positioned on the offending value's first token
   */
  public void typeMismatch(String expected, JsonParser p) {
    problem("expected " + expected + ", found " + found(p));
  }

  /**
   * Records that the current string value is not the one expected: {@code expected <expected>,
   * found "<found>"} (quoted and abbreviated as by {@link #describe}), e.g. {@code expected "API
   * Key", found "OAuth"}. Inside a secret value the string is not shown: {@code found a string
   * (value hidden: the property is secret)}.
   *
   * @param expected what was expected, phrased to follow "expected"
   * @param found the string found
   */
  public void textMismatch(String expected, String found) {
    problem(
        "expected "
            + expected
            + ", found "
            + (secretDepth > 0 ? "a string" + HIDDEN : TokenDescriptions.quoted(found)));
  }

  /**
   * Describes the parser's current token for a problem at the current position, like {@link
   * #describe(JsonParser)}; inside a secret value only its kind, e.g. {@code a number (value
   * hidden: the property is secret)}.
   */
  public String found(JsonParser p) {
    if (secretDepth > 0) {
      String kind = TokenDescriptions.kind(p);
      return kind.equals("null") ? kind : kind + HIDDEN;
    }
    return describe(p);
  }

  /**
   * Records that the required member {@code property} of the current object is missing; the
   * problem's pointer is the current pointer plus {@code property}. When notes are enabled and an
   * unknown member of the same object is close to {@code property}, the message names it: {@code
   * required property is missing; found unknown property "jdbc_ulr": did you mean "jdbc_url"?}
   */
  public void missing(String property) {
    String message = "required property is missing";
    if (notes != null) {
      String parent = pointer();
      for (Note note : notes) {
        if (note.parent().equals(parent)
            && Suggestions.closest(note.name(), List.of(property)) != null) {
          message +=
              "; found unknown property \""
                  + note.name()
                  + "\": did you mean \""
                  + property
                  + "\"?";
          break;
        }
      }
    }
    add(new DecodeProblem(childPointer(property), message));
  }

  /**
   * Turns on notes: from now on {@link #unknownMember(String, Collection)} records what it is told.
   * Off by default, so decoding documents on the hot path allocates nothing for unknown members;
   * decoding an endpoint config turns it on to warn about fields that are ignored.
   */
  public void enableNotes() {
    notesEnabled = true;
  }

  /**
   * Notes, if notes are enabled (see {@link #enableNotes()}), that the current object has a member
   * {@code property} its model does not declare and that was skipped: a note, not a problem, so
   * decoding still succeeds. Its pointer is the current pointer plus {@code property}; its message
   * is {@code unknown property, ignored}, followed by {@code ; did you mean "<name>"?} when one of
   * {@code known} is within two edits of {@code property} ignoring case. A required property found
   * missing later in the same object mentions a close unknown member too.
   *
   * @param known the declared member names
   */
  public void unknownMember(String property, Collection<String> known) {
    if (!notesEnabled) {
      return;
    }
    String message = "unknown property, ignored";
    String suggestion = Suggestions.closest(property, known);
    if (suggestion != null) {
      message += "; did you mean \"" + suggestion + "\"?";
    }
    if (notes == null) {
      notes = new ArrayList<>();
    }
    notes.add(new Note(pointer(), property, new DecodeProblem(childPointer(property), message)));
  }

  /**
   * The notes recorded so far (empty unless {@link #enableNotes()} was called), in the order they
   * were recorded; an immutable snapshot. Each is a pointer and a message, like a problem.
   */
  public List<DecodeProblem> notes() {
    return notes == null ? List.of() : notes.stream().map(Note::note).toList();
  }

  /**
   * Records that the current object has a member {@code property} its model does not declare (for
   * models that reject unknown members); the problem's pointer is the current pointer plus {@code
   * property}. The message lists the allowed names and, when one of them is within two edits of
   * {@code property} ignoring case, suggests it: {@code unknown property; expected one of name,
   * interval. Did you mean "name"?}
   *
   * @param allowed the declared member names, in the order to list them
   */
  public void unknown(String property, Collection<String> allowed) {
    String message;
    if (allowed.isEmpty()) {
      message = "unknown property; no properties are allowed here";
    } else {
      message = "unknown property; expected one of " + String.join(", ", allowed);
      String suggestion = Suggestions.closest(property, allowed);
      if (suggestion != null) {
        message += ". Did you mean \"" + suggestion + "\"?";
      }
    }
    add(new DecodeProblem(childPointer(property), message));
  }

  /**
   * Like {@link #unknown(String, Collection)}, for the object member the context is at: generated
   * readers enter each member with {@link #push(String)} before they know whether their model
   * declares it, as hand-written ones do.
   *
   * @throws IllegalStateException if the context is not at an object member
   */
  public void unknown(Collection<String> allowed) {
    String property = leaveMember();
    try {
      unknown(property, allowed);
    } finally {
      depth++;
    }
  }

  /**
   * Like {@link #unknownMember(String, Collection)}, for the object member the context is at (see
   * {@link #unknown(Collection)}).
   *
   * @throws IllegalStateException if the context is not at an object member
   */
  public void unknownMember(Collection<String> known) {
    if (!notesEnabled) {
      return;
    }
    String property = leaveMember();
    try {
      unknownMember(property, known);
    } finally {
      depth++;
    }
  }

  /** The problems recorded so far, in the order they were recorded; an immutable snapshot. */
  public List<DecodeProblem> problems() {
    return problems == null ? List.of() : List.copyOf(problems);
  }

  /**
   * How many problems have been recorded. Generated readers compare it before and after reading an
   * object to tell whether that object was read cleanly, without allocating.
   */
  public int problemCount() {
    return problems == null ? 0 : problems.size();
  }

  /** Whether any problem has been recorded. */
  public boolean hasProblems() {
    return problems != null;
  }

  /**
   * Describes the parser's current token for a message: {@code a number 5}, {@code a string "abc"}
   * (strings longer than 40 characters are abbreviated and their length given), {@code an object},
   * {@code an array}, {@code true}, {@code false}, {@code null}, or {@code the end of the input}.
   */
  public static String describe(JsonParser p) {
    try {
      return TokenDescriptions.describe(p);
    } catch (IOException e) {
      return "an unreadable value";
    }
  }

  /** A note, with the pointer of the object it was found in and the unknown member's name. */
  private record Note(String parent, String name, DecodeProblem note) {}

  /** What replaces a secret value in a problem message, after the kind of value. */
  private static final String HIDDEN = " (value hidden: the property is secret)";

  private String childPointer(String property) {
    StringBuilder pointer = new StringBuilder(depth * 12 + property.length() + 1);
    appendPath(pointer);
    appendEscaped(pointer.append('/'), property);
    return pointer.toString();
  }

  private void appendPath(StringBuilder pointer) {
    for (int i = 0; i < depth; i++) {
      pointer.append('/');
      if (names[i] != null) {
        appendEscaped(pointer, names[i]);
      } else {
        pointer.append(indexes[i]);
      }
    }
  }

  private static void appendEscaped(StringBuilder pointer, String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '~') {
        pointer.append("~0");
      } else if (c == '/') {
        pointer.append("~1");
      } else {
        pointer.append(c);
      }
    }
  }

  /**
   * The name of the member the context is at, stepping out of it without clearing it, so that the
   * caller can record a problem about it at the parent and step back in with {@code depth++}.
   */
  private String leaveMember() {
    String property = depth == 0 ? null : names[depth - 1];
    if (property == null) {
      throw new IllegalStateException("not at an object member: " + pointer());
    }
    depth--;
    return property;
  }

  private void add(DecodeProblem problem) {
    if (problems == null) {
      problems = new ArrayList<>();
    }
    problems.add(problem);
  }

  private void ensureCapacity() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
  }
}
