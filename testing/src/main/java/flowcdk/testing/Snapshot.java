package flowcdk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Snapshot assertions, approved on first run as in the Python connectors' tests: the first run
 * writes the snapshot file and fails, asking for it to be reviewed and committed; later runs
 * compare with it. With {@value #UPDATE}{@code =1} every snapshot is rewritten and the assertion
 * passes; with {@code CI=true} a missing snapshot fails without being written.
 */
public final class Snapshot {

  /** The environment variable that rewrites snapshots: {@value}. */
  public static final String UPDATE = "FLOWCDK_UPDATE_SNAPSHOTS";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** What an assertion does with the file. */
  public enum Mode {
    /** Compare; write a missing snapshot, and fail. */
    APPROVE,
    /** Compare; a missing snapshot fails without being written (on CI). */
    STRICT,
    /** Rewrite the snapshot and pass. */
    UPDATE
  }

  private Snapshot() {}

  /**
   * The mode the environment asks for: {@link Mode#UPDATE}, {@link Mode#STRICT} on CI, else
   * APPROVE.
   */
  public static Mode mode() {
    if ("1".equals(System.getenv(UPDATE))) {
      return Mode.UPDATE;
    }
    return "true".equals(System.getenv("CI")) ? Mode.STRICT : Mode.APPROVE;
  }

  /** Asserts that {@code actual} equals the snapshot in {@code file}, in the environment's mode. */
  public static void assertMatches(Path file, String actual) throws IOException {
    assertMatches(file, actual, mode());
  }

  /** Asserts that {@code actual} equals the snapshot in {@code file}, in {@code mode}. */
  public static void assertMatches(Path file, String actual, Mode mode) throws IOException {
    if (mode == Mode.UPDATE) {
      write(file, actual);
      return;
    }
    if (!Files.exists(file)) {
      if (mode == Mode.STRICT) {
        throw new AssertionError(
            "snapshot " + file + " is missing: run the test locally to write it, and commit it");
      }
      write(file, actual);
      throw new AssertionError(
          "new snapshot written to " + file + ": review it and commit it; the next run compares");
    }
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals(
        expected,
        actual,
        () ->
            "snapshot "
                + file
                + " differs, first at "
                + firstDifference(expected, actual)
                + "; if the change is intended, rerun with "
                + UPDATE
                + "=1 and review the diff");
  }

  /** {@code json} pretty-printed with two-space indents, members in their order. */
  public static String json(String json) {
    try {
      return JSON.writeValueAsString(Captured.parse(json)) + "\n";
    } catch (IOException e) {
      throw new AssertionError("cannot print " + json, e);
    }
  }

  /** Asserts the jar's {@code spec} response, pretty-printed, against {@code file}. */
  public static void assertSpec(ConnectorJar jar, Path file) throws Exception {
    ConnectorJar.Run run = jar.start("spec").awaitExit(Duration.ofMinutes(2));
    assertEquals(0, run.status(), () -> "spec failed:\n" + run.err());
    assertMatches(file, json(run.out().get(0)));
  }

  /**
   * Asserts the jar's {@code discover} response for {@code config}, with the environment {@code
   * env} added, pretty-printed, against {@code file}.
   */
  public static void assertDiscover(
      ConnectorJar jar, Path config, Map<String, String> env, Path file) throws Exception {
    ConnectorJar.Run run =
        jar.start(env, "discover", "--config", config.toString(), "--json")
            .awaitExit(Duration.ofMinutes(2));
    assertEquals(0, run.status(), () -> "discover failed:\n" + run.err());
    assertMatches(file, json(run.out().get(0)));
  }

  private static void write(Path file, String text) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Where two texts first differ: {@code line N: snapshot has "expected", now "actual"}. */
  static String firstDifference(String expected, String actual) {
    return firstDifference(expected, actual, "snapshot");
  }

  /** Where two texts first differ: {@code line N: <what> has "expected", now "actual"}. */
  static String firstDifference(String expected, String actual, String what) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      String left = i < a.size() ? a.get(i) : "<end>";
      String right = i < b.size() ? b.get(i) : "<end>";
      if (!left.equals(right)) {
        return "line " + (i + 1) + ": " + what + " has \"" + left + "\", now \"" + right + "\"";
      }
    }
    return "the line ends";
  }
}
