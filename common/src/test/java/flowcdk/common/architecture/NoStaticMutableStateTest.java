package flowcdk.common.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Per-capture state lives in the capture (its {@code CaptureContext}), never in a static field: a
 * source scan of the main code of {@code runtime} and {@code common} for static fields that are not
 * final, and for static final fields initialised with a mutable collection, map or array (a cache
 * or registry written after initialisation). What is genuinely process-wide is listed in {@link
 * #ALLOWED}, each with its reason.
 */
class NoStaticMutableStateTest {

  /** {@code file:field} of the process-wide static state, with why it is process-wide. */
  private static final Map<String, String> ALLOWED =
      Map.of(
          "runtime/src/main/java/flowcdk/runtime/log/Logging.java:writer",
          "the installed log writer (and its secret redactor): one process, one stderr",
          "runtime/src/main/java/flowcdk/runtime/codec/TemporalText.java:TENS",
          "constant digit table, filled in the static initializer and only read after",
          "runtime/src/main/java/flowcdk/runtime/codec/TemporalText.java:ONES",
          "constant digit table, filled in the static initializer and only read after",
          "runtime/src/main/java/flowcdk/runtime/json/FieldNames.java:TABLE",
          "a memo of a pure function (a member name's encoding): every entry is immutable and"
              + " gives exactly the bytes encoding the name again would, so what it holds never"
              + " changes what any capture writes");

  private static final List<String> ROOTS =
      List.of("runtime/src/main/java", "common/src/main/java");

  /** A field declaration's start: modifiers, type, name, then {@code =} or {@code ;}. */
  private static final Pattern FIELD =
      Pattern.compile(
          "^\\s*((?:(?:public|protected|private|static|final|volatile|transient)\\s+)+)"
              + "([\\w.$]+(?:<[\\w.$<>?,\\s\\[\\]]*>)?(?:\\[\\])*)\\s+(\\w+)\\s*(=|;)");

  private static final Pattern STATIC = Pattern.compile("\\bstatic\\b");

  private static final Pattern FINAL = Pattern.compile("\\bfinal\\b");

  /** An initializer creating a mutable collection, map or atomic holder. */
  private static final Pattern MUTABLE_INIT =
      Pattern.compile(
          "new\\s+[\\w.]*(?:(?:Map|Set|List|Deque|Queue|Collection|ThreadLocal)\\s*<"
              + "|Atomic\\w*\\s*[<(])"
              + "|Collections\\.synchronized\\w+\\(");

  /**
   * An initializer creating an array with elements (a zero-length array has nothing to write: a
   * sentinel compared by identity).
   */
  private static final Pattern ARRAY_INIT =
      Pattern.compile(
          "new\\s+[\\w.]+\\s*\\[\\s*(?!0\\s*\\])[^\\]\\s]"
              + "|(?:new\\s+[\\w.]+\\s*\\[\\s*\\]\\s*|^\\s*)\\{\\s*[^}\\s]");

  @Test
  void runtimeAndCommonKeepNoStaticMutableState() throws IOException {
    Path project = projectRoot();
    List<String> found = new ArrayList<>();
    for (String root : ROOTS) {
      try (Stream<Path> files = Files.walk(project.resolve(root))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          found.addAll(scan(project, file));
        }
      }
    }
    assertEquals(List.of(), found, "static mutable state (see " + getClass().getSimpleName() + ")");
  }

  @Test
  void theScanFindsStaticMutableFields() {
    List<String> found =
        scanLines(
            "Example.java",
            List.of(
                "  private static volatile Duration threshold = Duration.ofSeconds(60);",
                "  private static final Map<Task, Status> CAPTURES =",
                "      Collections.synchronizedMap(new WeakHashMap<>());",
                "  static final byte[][] CACHE = new byte[256][];",
                "  private static final List<String> NAMES = List.of(\"a\");",
                "  private static final int LIMIT = 3;",
                "  private static final byte[] END = new byte[0];",
                "  static final RawJson EMPTY = new RawJson(new byte[] {'{', '}'});",
                "  static final char[] DIGITS = new char[] {'0', '1'};",
                "  private static final AtomicLong COUNT = new AtomicLong();",
                "  private final Map<String, String> perInstance = new HashMap<>();",
                "  private static String name(int i) {"));
    assertEquals(
        List.of(
            "Example.java:1: static non-final field threshold",
            "Example.java:2: static final field CAPTURES holds a mutable value",
            "Example.java:4: static final field CACHE holds a mutable value",
            "Example.java:9: static final field DIGITS holds a mutable value",
            "Example.java:10: static final field COUNT holds a mutable value"),
        found);
  }

  @Test
  void everyAllowedFieldExists() throws IOException {
    Path project = projectRoot();
    for (String entry : ALLOWED.keySet()) {
      String file = entry.substring(0, entry.lastIndexOf(':'));
      String field = entry.substring(entry.lastIndexOf(':') + 1);
      String source = Files.readString(project.resolve(file), StandardCharsets.UTF_8);
      assertTrue(
          Pattern.compile("static\\s[^;=(]*\\b" + field + "\\s*[=;]").matcher(source).find(),
          "allowed field " + entry + " no longer exists: drop it from the allow-list");
    }
  }

  /** A static field holding mutable state, at line {@code line} of {@code file}. */
  record Finding(String file, int line, String field, boolean isFinal) {
    @Override
    public String toString() {
      return isFinal
          ? file + ":" + line + ": static final field " + field + " holds a mutable value"
          : file + ":" + line + ": static non-final field " + field;
    }
  }

  private static List<String> scan(Path project, Path file) throws IOException {
    String relative = project.relativize(file).toString().replace('\\', '/');
    List<String> found = new ArrayList<>();
    for (Finding finding : findings(relative, Files.readAllLines(file, StandardCharsets.UTF_8))) {
      if (!ALLOWED.containsKey(relative + ":" + finding.field())) {
        found.add(finding.toString());
      }
    }
    return found;
  }

  /** The findings in {@code lines} of {@code file}, as {@code file:line: what}. */
  static List<String> scanLines(String file, List<String> lines) {
    return findings(file, lines).stream().map(Finding::toString).toList();
  }

  private static List<Finding> findings(String file, List<String> lines) {
    List<Finding> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = FIELD.matcher(lines.get(i));
      if (!m.find() || !STATIC.matcher(m.group(1)).find()) {
        continue;
      }
      String name = m.group(3);
      if (!FINAL.matcher(m.group(1)).find()) {
        found.add(new Finding(file, i + 1, name, false));
      } else if (m.group(4).equals("=") && mutable(m.group(2), initializer(lines, i, m.end()))) {
        found.add(new Finding(file, i + 1, name, true));
      }
    }
    return found;
  }

  /** Whether a static final field of {@code type} initialised with {@code init} is mutable. */
  private static boolean mutable(String type, String init) {
    return MUTABLE_INIT.matcher(init).find()
        || (type.endsWith("]") && ARRAY_INIT.matcher(init).find());
  }

  /** The initializer text from {@code start} of line {@code i} up to the statement's end. */
  private static String initializer(List<String> lines, int i, int start) {
    StringBuilder text = new StringBuilder(lines.get(i).substring(start));
    for (int j = i + 1; j < lines.size() && text.indexOf(";") < 0; j++) {
      text.append(' ').append(lines.get(j).trim());
    }
    int end = text.indexOf(";");
    return end < 0 ? text.toString() : text.substring(0, end);
  }

  /** The project's root directory (the tests run in the {@code common} module's directory). */
  private static Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("runtime/src/main/java"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException(
          "no runtime/src/main/java above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
