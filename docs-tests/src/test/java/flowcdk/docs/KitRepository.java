package flowcdk.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A private local Maven repository holding the kit's artifacts as {@code mvn install} would put
 * them, built from this reactor's {@code target} folders, and a settings file that resolves
 * everything else from the local repository of the build running the tests. A nested build that
 * uses both sees the kit exactly as a user who installed it does, without touching the user's own
 * repository and without the network.
 */
final class KitRepository {

  /** The kit's jar artifacts: module folder and artifact id. */
  private static final String[][] JARS = {
    {"annotations", "flowcdk-annotations"},
    {"processor", "flowcdk-processor"},
    {"runtime", "flowcdk-runtime"},
    {"common", "flowcdk-common"},
    {"testing", "flowcdk-testing"},
    {"archetype", "flowcdk-archetype"},
  };

  private final Path repository;
  private final Path settings;

  private KitRepository(Path repository, Path settings) {
    this.repository = repository;
    this.settings = settings;
  }

  /**
   * Installs the kit of version {@code version} from the reactor at {@code root} into {@code
   * repository}, and writes a settings file beside it whose only repository is {@code upstream}.
   */
  static KitRepository install(Path root, String version, Path repository, Path upstream)
      throws IOException {
    put(repository, "flowcdk-parent", version, root.resolve("pom.xml"), "pom");
    put(repository, "flowcdk-bom", version, root.resolve("bom/pom.xml"), "pom");
    for (String[] jar : JARS) {
      Path module = root.resolve(jar[0]);
      Path built = module.resolve("target").resolve(jar[1] + "-" + version + ".jar");
      if (!Files.isRegularFile(built)) {
        throw new IllegalStateException(
            built + " is missing: run the tests through the reactor (`mvn verify` at the root)");
      }
      put(repository, jar[1], version, module.resolve("pom.xml"), "pom");
      put(repository, jar[1], version, built, "jar");
    }
    Path settings = repository.resolveSibling("settings.xml");
    Files.writeString(settings, settings(upstream));
    return new KitRepository(repository, settings);
  }

  /** The private local repository. */
  Path repository() {
    return repository;
  }

  /** The settings file to build with. */
  Path settings() {
    return settings;
  }

  private static void put(Path repository, String artifact, String version, Path file, String type)
      throws IOException {
    Path dir = repository.resolve("flowcdk").resolve(artifact).resolve(version);
    Files.createDirectories(dir);
    Files.copy(
        file,
        dir.resolve(artifact + "-" + version + "." + type),
        StandardCopyOption.REPLACE_EXISTING);
  }

  private static String settings(Path upstream) {
    return """
        <settings>
          <mirrors>
            <mirror>
              <id>tests-local</id>
              <mirrorOf>*</mirrorOf>
              <url>%s</url>
            </mirror>
          </mirrors>
        </settings>
        """
        .formatted(upstream.toUri());
  }
}
