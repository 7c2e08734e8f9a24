package flowcdk.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.example.testing.Jars;
import flowcdk.testing.ConnectorJar.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A secret of the wrong type in the endpoint config is never echoed: the real jar's {@code
 * validate} and {@code discover} reject the config naming the secret's pointer and expected type,
 * and no line of stdout or stderr, at any log level and in either log format, holds its value.
 */
class SecretConfigIT {

  private static final List<String> MARKERS = List.of("987654321", "s3cr3t", "MARKER");

  @TempDir Path dir;

  @Test
  void aSecretOfTheWrongTypeIsNeverPrinted() throws Exception {
    Path numbers =
        Files.writeString(
            dir.resolve("numbers.json"), "{\"password\": 987654321, \"jdbc_url\": 987654321}");
    Path nested =
        Files.writeString(
            dir.resolve("nested.json"),
            "{\"password\": {\"s3cr3t-MARKER\": \"s3cr3t-MARKER\"},"
                + " \"jdbc_url\": [987654321, \"s3cr3t-MARKER\", true]}");
    for (String level : List.of("trace", "debug", "info", "warn", "error")) {
      // Each level: both commands, both configs and both log formats, four runs in all.
      for (int i = 0; i < 4; i++) {
        String command = i % 2 == 0 ? "validate" : "discover";
        Path config = i < 2 ? numbers : nested;
        String format = i == 0 || i == 3 ? "text" : "json";
        Map<String, String> env =
            format.equals("json")
                ? Map.of("LOG_LEVEL", level, "LOG_FORMAT", "json")
                : Map.of("LOG_LEVEL", level);
        Run run =
            Jars.SQL
                .start(env, command, "--config", config.toString())
                .awaitExit(Duration.ofMinutes(2));
        String what = command + " " + config.getFileName() + " at " + level + " " + format;
        String all = String.join("\n", run.out()) + "\n" + run.err();
        assertEquals(1, run.status(), what + ":\n" + all);
        for (String marker : MARKERS) {
          assertFalse(all.contains(marker), what + " printed " + marker + ":\n" + all);
        }
        // The problem is still explained: the pointers and the expected type.
        assertTrue(all.contains("/password: expected a string, found "), what + ":\n" + all);
        assertTrue(all.contains("/jdbc_url: expected a string, found "), what + ":\n" + all);
        assertTrue(all.contains("(value hidden: the property is secret)"), what + ":\n" + all);
      }
    }
  }
}
