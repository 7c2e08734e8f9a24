package flowcdk.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The connector image's Dockerfile, checked as text since the build machine has no Docker engine:
 * Flow's labels, an ENTRYPOINT of {@code java ... -jar} on the jar the shade plugin makes, the
 * container JVM flags, and a non-root user. Paths are relative to the module directory, surefire's
 * working directory.
 */
class DockerfileTest {

  private static final Path DOCKERFILE = Path.of("Dockerfile");
  private static final Path POM = Path.of("pom.xml");
  private static final Pattern JSON_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  @Test
  void labelsTellFlowItIsAJsonCapture() throws IOException {
    Map<String, String> labels = new LinkedHashMap<>();
    for (String args : arguments("LABEL")) {
      Matcher pair = Pattern.compile("(\\S+?)=(\"[^\"]*\"|\\S+)").matcher(args);
      while (pair.find()) {
        labels.put(pair.group(1), pair.group(2).replace("\"", ""));
      }
    }
    assertEquals("capture", labels.get("FLOW_RUNTIME_PROTOCOL"), labels.toString());
    assertEquals("json", labels.get("FLOW_RUNTIME_CODEC"), labels.toString());
  }

  @Test
  void entrypointRunsTheShadedJarWithJavaDashJar() throws Exception {
    List<String> entrypoint = entrypoint();
    assertEquals("java", entrypoint.get(0), entrypoint.toString());
    int jar = entrypoint.indexOf("-jar");
    assertTrue(jar > 0 && jar == entrypoint.size() - 2, "ends with -jar <jar>: " + entrypoint);

    List<String> copies =
        arguments("COPY").stream().filter(copy -> copy.contains("/target/")).toList();
    assertEquals(1, copies.size(), "one COPY of the jar: " + arguments("COPY"));
    List<String> copy = List.of(copies.get(0).split("\\s+"));
    assertEquals(2, copy.size(), "COPY <jar> <path>: " + copy);
    assertEquals(
        "example-connector/sql/target/" + shadedFinalName() + ".jar",
        copy.get(0),
        "the jar the shade plugin makes, relative to the repository root (the build context)");
    assertEquals(copy.get(1), entrypoint.get(jar + 1), "ENTRYPOINT runs the copied jar");

    String ignore = Files.readString(Path.of("Dockerfile.dockerignore"));
    assertTrue(
        ignore.lines().anyMatch(line -> line.equals("!" + copy.get(0))),
        "the jar is in the build context");
  }

  @Test
  void jvmFlagsSuitASmallContainerAndALongCapture() throws IOException {
    List<String> flags = entrypointFlags();
    for (String flag :
        List.of(
            "-XX:+UseSerialGC",
            "-Xss512k",
            "-XX:MaxRAMPercentage=75",
            "-XX:+ExitOnOutOfMemoryError",
            "-XX:+DisplayVMOutputToStderr",
            "-Dvertx.disableDnsResolver=true",
            "-XX:AOTCache=/connector/connector.aot")) {
      assertTrue(flags.contains(flag), flag + " in " + flags);
    }
    // Tiered compilation (C2 on): C1 alone is a third slower once a capture runs for minutes.
    assertTrue(
        flags.stream().noneMatch(flag -> flag.startsWith("-XX:TieredStopAtLevel")),
        "no TieredStopAtLevel: " + flags);
  }

  @Test
  void theAotCacheIsTrainedWithTheEntrypointsFlags() throws IOException {
    assertTrue(single("FROM").matches("eclipse-temurin:(2[5-9]|[3-9][0-9])-jre"), single("FROM"));
    List<String> training = trainingCommand();
    assertEquals("sh", training.get(0), training.toString());
    assertEquals("/connector/train-aot.sh", training.get(1), training.toString());
    assertEquals(
        List.of("/connector/connector.jar", "/connector/connector.aot"),
        training.subList(2, 4),
        "the jar the ENTRYPOINT runs and the cache it uses");
    List<String> flags = new ArrayList<>(entrypointFlags());
    flags.remove("-XX:AOTCache=/connector/connector.aot");
    // A cache made with other flags (a GC above all) is refused at start.
    assertEquals(flags, training.subList(4, training.size()));
    assertTrue(
        arguments("COPY").contains("example-connector/sql/train-aot.sh /connector/train-aot.sh"),
        arguments("COPY").toString());
    String ignore = Files.readString(Path.of("Dockerfile.dockerignore"));
    assertTrue(
        ignore.lines().anyMatch(line -> line.equals("!example-connector/sql/train-aot.sh")),
        "the training script is in the build context");
  }

  /** The JVM flags of the ENTRYPOINT ({@code java <flags> -jar <jar>}). */
  static List<String> entrypointFlags() throws IOException {
    List<String> entrypoint = entrypoint();
    return entrypoint.subList(1, entrypoint.indexOf("-jar"));
  }

  /** The words of the RUN instruction that trains the AOT cache. */
  static List<String> trainingCommand() throws IOException {
    List<String> runs =
        arguments("RUN").stream().filter(run -> run.contains("train-aot.sh")).toList();
    assertEquals(1, runs.size(), "one RUN of train-aot.sh: " + arguments("RUN"));
    return List.of(runs.get(0).split("\\s+"));
  }

  @Test
  void theJvmsOwnOutputStaysOffTheProtocolStream() throws IOException {
    List<String> entrypoint = entrypoint();
    List<String> flags = entrypoint.subList(1, entrypoint.indexOf("-jar"));
    // HotSpot prints "Terminating due to java.lang.OutOfMemoryError" (ExitOnOutOfMemoryError) and
    // crash banners to stdout, the protocol stream, unless told otherwise.
    assertTrue(flags.contains("-XX:+DisplayVMOutputToStderr"), flags.toString());
    assertFalse(flags.contains("-XX:+DisplayVMOutputToStdout"), flags.toString());
    List<String> errorFiles =
        flags.stream().filter(flag -> flag.startsWith("-XX:ErrorFile=")).toList();
    assertEquals(1, errorFiles.size(), "one -XX:ErrorFile: " + flags);
    String errorFile = errorFiles.get(0).substring("-XX:ErrorFile=".length());
    assertTrue(
        errorFile.startsWith("/tmp/") && errorFile.contains("%p"),
        "a crash report per process under /tmp, the one writable directory: " + errorFile);
    // The training run shows the JVM's warnings in the build log, not in its discarded stdout.
    assertTrue(
        trainingCommand().contains("-XX:+DisplayVMOutputToStderr"),
        "the AOT training run uses -XX:+DisplayVMOutputToStderr too");
  }

  @Test
  void runsAsANonRootUser() throws IOException {
    List<String> users = arguments("USER");
    assertFalse(users.isEmpty(), "a USER instruction");
    String user = users.get(users.size() - 1).split(":", 2)[0]; // USER user[:group]
    assertFalse(user.equals("root") || user.equals("0"), "USER " + user);
  }

  static List<String> entrypoint() throws IOException {
    String args = single("ENTRYPOINT");
    assertTrue(args.startsWith("["), "exec form, so that arguments pass through: " + args);
    List<String> words = new ArrayList<>();
    Matcher string = JSON_STRING.matcher(args);
    while (string.find()) {
      words.add(string.group(1));
    }
    return words;
  }

  static String single(String instruction) throws IOException {
    List<String> all = arguments(instruction);
    assertEquals(1, all.size(), "one " + instruction + ": " + all);
    return all.get(0);
  }

  /** The arguments of every {@code instruction} in the Dockerfile, continuation lines joined. */
  static List<String> arguments(String instruction) throws IOException {
    List<String> found = new ArrayList<>();
    StringBuilder logical = new StringBuilder();
    for (String line : Files.readAllLines(DOCKERFILE)) {
      if (line.strip().startsWith("#")) {
        continue; // comments, also between continuation lines
      }
      if (line.endsWith("\\")) {
        logical.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      String text = logical.append(line).toString().strip();
      logical.setLength(0);
      String[] parts = text.split("\\s+", 2);
      if (parts.length == 2 && parts[0].equalsIgnoreCase(instruction)) {
        found.add(parts[1].strip());
      }
    }
    return found;
  }

  /** The shade plugin's {@code finalName} in the module's pom. */
  private static String shadedFinalName() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    NodeList plugins =
        factory.newDocumentBuilder().parse(POM.toFile()).getElementsByTagName("plugin");
    for (int i = 0; i < plugins.getLength(); i++) {
      Element plugin = (Element) plugins.item(i);
      if (text(plugin, "artifactId").equals("maven-shade-plugin")) {
        String finalName = text(plugin, "finalName");
        assertFalse(finalName.isEmpty(), "the shade plugin sets a finalName");
        return finalName;
      }
    }
    throw new AssertionError("no maven-shade-plugin in " + POM.toAbsolutePath());
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    assertNotNull(nodes);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
  }
}
