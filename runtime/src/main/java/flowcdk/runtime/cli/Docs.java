package flowcdk.runtime.cli;

import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.protocol.DiscoveredBinding;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * {@code docs}: the page the annotation processor wrote for the capture into the jar ({@code
 * META-INF/flowcdk/connector-docs/<Capture>.md}), and with {@code --config} a section with the
 * bindings {@code discover} offers for that config.
 */
final class Docs {

  /** Where the processor puts the page in the class output. */
  static final String FOLDER = "META-INF/flowcdk/connector-docs/";

  private Docs() {}

  /** Prints the page, and the discovered bindings when a config is given. */
  static int print(Session session, CliArgs args) throws UsageException {
    String capture = captureName(session.connector().getClass().getSimpleName());
    String page = page(session.connector().getClass(), capture);
    if (page == null) {
      session
          .err()
          .println(
              "error: the jar holds no "
                  + FOLDER
                  + capture
                  + ".md: build the connector with the Flow CDK annotation processor, which writes"
                  + " it for each @Capture");
      return 1;
    }
    PrintStream out = session.out();
    out.print(page);
    if (args.config() == null) {
      return 0;
    }
    RawJson config = JsonFiles.readObject(args.config(), "config");
    List<DiscoveredBinding> bindings = Discovery.discover(session, config);
    if (bindings == null) {
      return Inspect.failed(session, 1, "discover");
    }
    out.println("## Discovered bindings");
    out.println();
    out.println(
        "What `discover` offers for the example config `"
            + args.config().getFileName()
            + "`: "
            + bindings.size()
            + (bindings.size() == 1 ? " binding." : " bindings."));
    out.println();
    out.println("| Binding | Key | Resource config | Document fields |");
    out.println("|---|---|---|---|");
    for (DiscoveredBinding binding : bindings) {
      out.println(
          "| `"
              + binding.recommendedName()
              + "`"
              + (binding.disable() ? " (disabled)" : "")
              + " | `"
              + String.join(", ", binding.key())
              + "` | `"
              + binding.resourceConfig().toString().replace("|", "\\|")
              + "` | "
              + fields(binding.documentSchema())
              + " |");
    }
    out.println();
    return 0;
  }

  /** {@code SqlCapture} for {@code SqlCapture_Dispatch}: the generated dispatch's capture. */
  static String captureName(String dispatchClass) {
    return dispatchClass.endsWith("_Dispatch")
        ? dispatchClass.substring(0, dispatchClass.length() - "_Dispatch".length())
        : dispatchClass;
  }

  private static String page(Class<?> connector, String capture) {
    try (InputStream in = connector.getResourceAsStream("/" + FOLDER + capture + ".md")) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }

  /** The schema's top-level property names, each as a code span. */
  private static String fields(RawJson schema) {
    if (!(JsonValues.read(schema) instanceof Map<?, ?> root)
        || !(root.get("properties") instanceof Map<?, ?> properties)
        || properties.isEmpty()) {
      return "";
    }
    StringBuilder names = new StringBuilder();
    for (Object name : properties.keySet()) {
      names.append(names.length() == 0 ? "`" : ", `").append(name).append('`');
    }
    return names.toString();
  }
}
