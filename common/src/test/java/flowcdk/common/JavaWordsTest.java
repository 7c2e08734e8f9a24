package flowcdk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Author-facing texts (exception, log and validation messages) speak Java to Java authors: every
 * string literal in the main sources of {@code runtime} and {@code common} is free of the Python
 * CDK's words ({@code None}, {@code True}, {@code dict}, {@code yield}, {@code
 * FetchChangesFn}-style names, {@code fetch_changes}-style function names), except the texts on
 * {@link #ALLOWED}.
 */
class JavaWordsTest {

  /**
   * The main source trees scanned, relative to this module's directory (the tests' working one).
   */
  private static final List<Path> SOURCES =
      List.of(
          Path.of("..", "runtime", "src", "main", "java"),
          Path.of("..", "common", "src", "main", "java"));

  /** The Python CDK's words, as whole words. */
  static final Pattern PYTHON =
      Pattern.compile(
          "\\b(?:None|True|False|[Dd]ict(?:s|ionary|ionaries)?|[Yy]ield(?:s|ed|ing)?"
              + "|[A-Z][A-Za-z0-9]*Fn|fetch_[a-z_]+|kwargs)\\b");

  /**
   * Literals that keep a Python word, by {@code file name: literal}, each with the reason. Keep an
   * entry only for a text that must stay byte-equal to the Python CDK's (Flow's UI or a logs
   * consumer relies on it), and keep that text in one constant saying so. None today: the connector
   * status texts Flow's UI shows ("Backfilling N out of M bindings", "Streaming change events ...")
   * and the log messages the twin tests compare hold no Python word.
   */
  static final Map<String, String> ALLOWED = Map.of();

  /** A string literal of a source file. */
  record Literal(Path file, int line, String text) {
    @Override
    public String toString() {
      return file + ":" + line + ": \"" + text + "\"";
    }
  }

  @Test
  void mainSourcesSpeakJava() throws IOException {
    List<Literal> found = new ArrayList<>();
    int files = 0;
    for (Path root : SOURCES) {
      assertTrue(Files.isDirectory(root), () -> root.toAbsolutePath() + " is not a directory");
      List<Path> sources;
      try (Stream<Path> walk = Files.walk(root)) {
        sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      }
      for (Path file : sources) {
        files++;
        for (Literal literal : literals(file, Files.readString(file, StandardCharsets.UTF_8))) {
          if (PYTHON.matcher(literal.text()).find()
              && !ALLOWED.containsKey(file.getFileName() + ": " + literal.text())) {
            found.add(literal);
          }
        }
      }
    }
    assertTrue(files > 50, "too few sources scanned: " + files);
    assertTrue(
        found.isEmpty(),
        () ->
            "string literals with Python words (name the Java types and methods instead, or, for a"
                + " text kept byte-equal to the Python CDK, one constant listed in ALLOWED):\n"
                + String.join("\n", found.stream().map(Literal::toString).toList()));
  }

  @Test
  void theScanFindsPythonWordsInLiterals() {
    String source =
        "class A {\n"
            + "  // a comment: FetchChangesFn yielded None\n"
            + "  /* fetch_page gave a dict */\n"
            + "  String a = \"FetchChangesFn yielded None\";\n"
            + "  char q = '\"';\n"
            + "  String b = \"a tombstone dict \\\" for fetch_snapshot\";\n"
            + "  String c = \"\"\"\n    a text block saying True\n    \"\"\";\n"
            + "  String d = \"a Map given by Fetch.Changes, or null\";\n"
            + "}\n";
    List<String> hits =
        literals(Path.of("A.java"), source).stream()
            .filter(l -> PYTHON.matcher(l.text()).find())
            .map(Literal::toString)
            .toList();
    assertEquals(
        List.of(
            "A.java:4: \"FetchChangesFn yielded None\"",
            "A.java:6: \"a tombstone dict \\\" for fetch_snapshot\"",
            "A.java:7: \"\n    a text block saying True\n    \""),
        hits);
  }

  /** The string literals (and text blocks) of {@code source}, skipping comments and chars. */
  static List<Literal> literals(Path file, String source) {
    List<Literal> literals = new ArrayList<>();
    int line = 1;
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? n : end;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        line += count(source, i, end);
        i = end;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        end = end < 0 ? n : end;
        literals.add(new Literal(file, line, source.substring(i + 3, end)));
        line += count(source, i, end);
        i = Math.min(n, end + 3);
      } else if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < n && source.charAt(end) != c && source.charAt(end) != '\n') {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(end, n);
        if (c == '"') {
          literals.add(new Literal(file, line, source.substring(i + 1, end)));
        }
        i = end + 1;
      } else {
        if (c == '\n') {
          line++;
        }
        i++;
      }
    }
    return literals;
  }

  private static int count(String source, int from, int to) {
    int lines = 0;
    for (int i = from; i < to; i++) {
      if (source.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
