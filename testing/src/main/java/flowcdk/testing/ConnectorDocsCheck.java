package flowcdk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a connector's committed documentation page current: the page the jar's {@code docs} command
 * prints now (the processor's page, plus the bindings {@code discover} offers for a fixture config)
 * must equal the committed file. With the environment variable {@value #UPDATE} set to {@code 1}
 * the file is rewritten instead, and the check passes.
 */
public final class ConnectorDocsCheck {

  /** The environment variable that rewrites stale pages: {@value}. */
  public static final String UPDATE = "FLOWCDK_UPDATE_DOCS";

  private ConnectorDocsCheck() {}

  /**
   * Asserts that {@code jar}'s {@code docs} output (with {@code --config config} when {@code
   * config} is not null) equals {@code committed}, or rewrites {@code committed} when {@value
   * #UPDATE} is {@code 1}.
   */
  public static void assertCurrent(ConnectorJar jar, Path config, Path committed) throws Exception {
    assertCurrent(jar, config, committed, "1".equals(System.getenv(UPDATE)));
  }

  /** As {@link #assertCurrent(ConnectorJar, Path, Path)}, rewriting when {@code update}. */
  public static void assertCurrent(ConnectorJar jar, Path config, Path committed, boolean update)
      throws Exception {
    List<String> args = new ArrayList<>(List.of("docs"));
    if (config != null) {
      args.addAll(List.of("--config", config.toString()));
    }
    ConnectorJar.Run run = jar.start(args.toArray(String[]::new)).awaitExit(Duration.ofMinutes(2));
    assertEquals(0, run.status(), () -> "docs failed:\n" + run.err());
    String page = String.join("\n", run.out()) + "\n";
    if (update) {
      Files.createDirectories(committed.toAbsolutePath().getParent());
      Files.writeString(committed, page, StandardCharsets.UTF_8);
      return;
    }
    String current = read(committed);
    assertEquals(
        current,
        page,
        () ->
            committed
                + " is stale, first at "
                + Snapshot.firstDifference(current, page, "the committed page")
                + ": the connector's declarations changed. Review the difference and"
                + " regenerate it with "
                + UPDATE
                + "=1 (the same test), then commit it.");
  }

  private static String read(Path committed) throws IOException {
    return Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
  }
}
