package flowcdk.common.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compiled {@code module-info.class} exports exactly the intended packages, so that exporting a
 * package by accident (or forgetting to decide about a new one) fails the build. Tests run on the
 * class path, where the descriptor does not apply, so it is read from the build's output.
 */
class ModuleDescriptorTest {

  /** Exported package to the modules it is exported to (empty: to every module). */
  private static final Map<String, Set<String>> EXPORTS =
      Map.of(
          "flowcdk.connector", Set.of(),
          "flowcdk.connector.dispatch", Set.of(),
          "flowcdk.connector.http", Set.of(),
          "flowcdk.connector.state", Set.of(),
          "flowcdk.connector.stream", Set.of(),
          "flowcdk.connector.webhook", Set.of());

  /**
   * The module's own packages: the per-capture context, the HTTP client and its token sources, the
   * machinery of streamed processing, key hashing for scale-out, the webhook endpoint, cron
   * schedules and the manual clock.
   */
  private static final Set<String> NOT_EXPORTED =
      Set.of(
          "flowcdk.common.context",
          "flowcdk.common.http",
          "flowcdk.common.stream",
          "flowcdk.common.shard",
          "flowcdk.common.webhook",
          "flowcdk.common.time");

  private static final Path CLASSES = Path.of("target", "classes");

  @Test
  void exportsExactlyTheIntendedPackages() throws IOException {
    ModuleDescriptor module = descriptor();
    assertEquals("flowcdk.common", module.name());
    Map<String, Set<String>> exports = new TreeMap<>();
    for (ModuleDescriptor.Exports export : module.exports()) {
      exports.put(export.source(), new TreeSet<>(export.targets()));
    }
    assertEquals(new TreeMap<>(EXPORTS), exports);
    assertEquals(Set.of(), module.opens(), "opens");
    assertTrue(!module.isOpen(), "an open module");
  }

  @Test
  void everyPackageIsExportedOrKeptInternalOnPurpose() throws IOException {
    Set<String> classified = new TreeSet<>(EXPORTS.keySet());
    classified.addAll(NOT_EXPORTED);
    assertEquals(classified, new TreeSet<>(descriptor().packages()));
  }

  private static ModuleDescriptor descriptor() throws IOException {
    Path file = CLASSES.resolve("module-info.class");
    assertTrue(Files.isRegularFile(file), "no " + file.toAbsolutePath() + "; is it compiled?");
    try (InputStream in = Files.newInputStream(file)) {
      return ModuleDescriptor.read(in, ModuleDescriptorTest::packages);
    }
  }

  /** The packages holding classes in the build's output. */
  private static Set<String> packages() {
    try (Stream<Path> files = Files.walk(CLASSES)) {
      return files
          .filter(f -> f.toString().endsWith(".class") && f.getParent() != null)
          .map(f -> CLASSES.relativize(f.getParent()))
          .filter(dir -> !dir.toString().isEmpty())
          .map(dir -> dir.toString().replace(dir.getFileSystem().getSeparator(), "."))
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
