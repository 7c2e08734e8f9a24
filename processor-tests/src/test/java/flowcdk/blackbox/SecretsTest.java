package flowcdk.blackbox;

import static flowcdk.blackbox.Json.decode;
import static flowcdk.blackbox.Json.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.codec.DecodeException;
import flowcdk.runtime.codec.DecodeProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A decode problem at a secret property names its pointer and expected type, never its value. */
class SecretsTest {

  private static final String HIDDEN = "(value hidden: the property is secret)";

  /** Where a secret sits: its pointer, and a valid config with {@code %s} in its place. */
  private record Location(String pointer, String template) {}

  private static final List<Location> LOCATIONS =
      List.of(
          new Location("/password", "{\"password\":%s}"),
          new Location("/jdbc_url", "{\"password\":\"p\",\"jdbc_url\":%s}"),
          new Location("/version", "{\"password\":\"p\",\"version\":%s}"),
          new Location("/key/private_key", "{\"password\":\"p\",\"key\":{\"private_key\":%s}}"),
          new Location(
              "/keys/1/private_key",
              "{\"password\":\"p\",\"keys\":[{\"private_key\":\"k\"},{\"bits\":2,\"private_key\":%s}]}"),
          new Location(
              "/byName/a~1b/private_key",
              "{\"password\":\"p\",\"byName\":{\"a/b\":{\"private_key\":%s}}}"),
          new Location(
              "/credentials/client_secret",
              "{\"password\":\"p\",\"credentials\":{\"credentials_title\":\"OAuth Credentials\","
                  + "\"client_id\":\"c\",\"client_secret\":%s}}"));

  /** Each wrong JSON type, carrying the markers; the string is wrong only for the const. */
  private static final List<String> VALUES =
      List.of(
          "\"s3cr3t-MARKER\"",
          "987654321",
          "9876543210.25",
          "true",
          "false",
          "{\"password\":\"s3cr3t-MARKER\",\"n\":987654321}",
          "[987654321,\"s3cr3t-MARKER\",true]");

  @Test
  void noSecretValueIsEverEchoed() {
    int checked = 0;
    for (Location location : LOCATIONS) {
      for (String value : VALUES) {
        String json = location.template().formatted(value);
        if (value.startsWith("\"") && !location.pointer().equals("/version")) {
          decode(SecretsJson::decode, json); // a string is the right type
          continue;
        }
        DecodeException e = failure(SecretsJson::decode, json);
        for (String marker : List.of("s3cr3t", "MARKER", "987654321", "9876543210", "true")) {
          assertFalse(e.getMessage().contains(marker), json + " -> " + e.getMessage());
          assertFalse(e.problems().toString().contains(marker), json + " -> " + e.problems());
        }
        assertEquals(1, e.problems().size(), json + " -> " + e.getMessage());
        DecodeProblem problem = e.problems().get(0);
        assertEquals(location.pointer(), problem.pointer(), json);
        String expected = value.startsWith("\"") ? "expected \"v1\", found " : "expected a string";
        assertTrue(problem.message().startsWith(expected), problem.message());
        assertTrue(problem.message().endsWith(HIDDEN), problem.message());
        checked++;
      }
    }
    assertEquals(6 * 7 + 1, checked);
  }

  @Test
  void theKindOfValueIsStillNamed() {
    assertEquals(
        List.of(
            "/password: expected a string, found a number " + HIDDEN,
            "/version: expected \"v1\", found a string " + HIDDEN,
            "/key/private_key: expected a string, found a boolean " + HIDDEN,
            "/keys/0/private_key: expected a string, found an object " + HIDDEN,
            "/byName/x/private_key: expected a string, found an array " + HIDDEN,
            "/byName/x/bits: expected an integer from -2147483648 to 2147483647,"
                + " found a string \"not secret\"",
            "/plain: expected a string, found a number 987654321"),
        Json.problems(
            SecretsJson::decode,
            "{\"password\":987654321,\"version\":\"v2-s3cr3t\",\"key\":{\"private_key\":true},"
                + "\"keys\":[{\"private_key\":{}}],"
                + "\"byName\":{\"x\":{\"private_key\":[],\"bits\":\"not secret\"}},"
                + "\"plain\":987654321}"));
  }

  @Test
  void nullAndMissingSecretsAreReportedAsBefore() {
    assertEquals(
        List.of("/password: must not be null", "/key/private_key: required property is missing"),
        Json.problems(SecretsJson::decode, "{\"password\":null,\"key\":{}}"));
  }
}
