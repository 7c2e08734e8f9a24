package flowcdk.testing;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A connector of canned protocol lines, for the kit's own tests: {@code discover --json} prints two
 * bindings, {@code items} (key {@code /id}, a required string {@code name}) and {@code notes}; an
 * Open request captures items {@code offset+1} to {@code CANNED_TOTAL} (6 by default), each with a
 * checkpoint that merges {@code {"offset": id}} into the state, then a note, then waits. {@code
 * CANNED_MODE=bad} makes item 3's name a number; {@code CANNED_MODE=lossy} skips the first item
 * after a resumed offset.
 */
public final class CannedConnector {

  private static final Pattern OFFSET = Pattern.compile("\"state\":\\{\"offset\":(\\d+)");

  private CannedConnector() {}

  /** Runs the canned connector. */
  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length > 0 && args[0].equals("discover")) {
      out.println(
          "{\"discovered\":{\"bindings\":["
              + binding("items", "\"name\":{\"type\":\"string\"}", "\"id\",\"name\"")
              + ","
              + binding("notes", "\"text\":{\"type\":\"string\"}", "\"id\"")
              + "]}}");
      return;
    }
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String open = in.readLine();
    Matcher offset = OFFSET.matcher(open == null ? "" : open);
    int from = offset.find() ? Integer.parseInt(offset.group(1)) : 0;
    String mode = System.getenv().getOrDefault("CANNED_MODE", "good");
    int total = Integer.parseInt(System.getenv().getOrDefault("CANNED_TOTAL", "6"));
    out.println("{\"opened\":{}}");
    int first = from + (mode.equals("lossy") && from > 0 ? 2 : 1);
    for (int id = first; id <= total; id++) {
      String name = mode.equals("bad") && id == 3 ? "3" : "\"item " + id + "\"";
      out.println(
          "{\"captured\":{\"binding\":0,\"doc\":{\"id\":" + id + ",\"name\":" + name + "}}}");
      out.println(
          "{\"checkpoint\":{\"state\":{\"updated\":{\"offset\":" + id + "},\"mergePatch\":true}}}");
    }
    out.println("{\"captured\":{\"binding\":1,\"doc\":{\"id\":1,\"text\":\"done\"}}}");
    out.println("{\"checkpoint\":{\"state\":{\"updated\":{\"notes\":1},\"mergePatch\":true}}}");
    while (in.readLine() != null) {
      // Acknowledgements, until stdin closes or the process is stopped.
    }
  }

  private static String binding(String name, String property, String required) {
    return "{\"recommendedName\":\""
        + name
        + "\",\"resourceConfig\":{\"name\":\""
        + name
        + "\"},\"documentSchema\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"integer\"},"
        + property
        + "},\"required\":["
        + required
        + "]},\"key\":[\"/id\"],\"resourcePath\":[\""
        + name
        + "\"]}";
  }
}
