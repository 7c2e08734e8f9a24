package flowcdk.runtime.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.json.RawJson;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretPathsTest {

  private static Set<List<String>> paths(String schema) {
    return SecretPaths.fromSchema(RawJson.parse(schema)).paths();
  }

  @Test
  void secretAndAirbyteSecretProperties() {
    assertEquals(
        Set.of(List.of("apiKey"), List.of("password")),
        paths(
            "{\"type\":\"object\",\"properties\":{"
                + "\"apiKey\":{\"type\":\"string\",\"secret\":true},"
                + "\"password\":{\"type\":\"string\",\"airbyte_secret\":true},"
                + "\"user\":{\"type\":\"string\"},"
                + "\"notSecret\":{\"type\":\"string\",\"secret\":false}}}"));
  }

  @Test
  void nestedProperties() {
    assertEquals(
        Set.of(List.of("advanced", "proxy", "password")),
        paths(
            "{\"properties\":{\"advanced\":{\"type\":\"object\",\"properties\":{"
                + "\"proxy\":{\"properties\":{\"host\":{},\"password\":{\"secret\":true}}}}}}}"));
  }

  @Test
  void oneOfAndAnyOfBranches() {
    assertEquals(
        Set.of(
            List.of("credentials", "access_token"),
            List.of("credentials", "client_secret"),
            List.of("credentials", "refresh_token"),
            List.of("other", "token")),
        paths(
            "{\"properties\":{"
                + "\"credentials\":{\"oneOf\":["
                + "  {\"properties\":{\"auth_type\":{\"const\":\"token\"},\"access_token\":{\"secret\":true}}},"
                + "  {\"properties\":{\"client_id\":{},\"client_secret\":{\"secret\":true},\"refresh_token\":{\"airbyte_secret\":true}}}"
                + "]},"
                + "\"other\":{\"anyOf\":[{\"type\":\"null\"},{\"properties\":{\"token\":{\"secret\":true}}}]}}}"));
  }

  @Test
  void referencesToDefsAndDefinitions() {
    assertEquals(
        Set.of(List.of("a", "key"), List.of("b", "key"), List.of("c", "pw")),
        paths(
            "{\"$defs\":{\"Creds\":{\"properties\":{\"key\":{\"secret\":true}}}},"
                + "\"definitions\":{\"Login\":{\"properties\":{\"pw\":{\"airbyte_secret\":true}}}},"
                + "\"properties\":{"
                + "\"a\":{\"$ref\":\"#/$defs/Creds\"},"
                + "\"b\":{\"$ref\":\"#/$defs/Creds\"},"
                + "\"c\":{\"$ref\":\"#/definitions/Login\"},"
                + "\"d\":{\"$ref\":\"#/$defs/Missing\"},"
                + "\"e\":{\"$ref\":\"https://example.com/schema\"}}}"));
  }

  @Test
  void aReferencedSecretScalar() {
    assertEquals(
        Set.of(List.of("token")),
        paths(
            "{\"$defs\":{\"Secret\":{\"type\":\"string\",\"secret\":true}},\"properties\":{\"token\":{\"$ref\":\"#/$defs/Secret\"}}}"));
  }

  @Test
  void recursiveReferencesTerminate() {
    Set<List<String>> found =
        paths(
            "{\"$ref\":\"#/$defs/Node\",\"$defs\":{\"Node\":{\"properties\":{"
                + "\"pw\":{\"secret\":true},\"next\":{\"$ref\":\"#/$defs/Node\"},"
                + "\"children\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/Node\"}}}}}}");
    assertTrue(found.contains(List.of("pw")), found.toString());
  }

  @Test
  void arrayItemsAndMapValues() {
    SecretPaths secrets =
        SecretPaths.fromSchema(
            RawJson.parse(
                "{\"properties\":{"
                    + "\"keys\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"secret\":true}},"
                    + "\"accounts\":{\"type\":\"array\",\"items\":{\"properties\":{\"name\":{},\"token\":{\"secret\":true}}}},"
                    + "\"headers\":{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\",\"secret\":true}}}}"));
    assertEquals(
        Set.of(List.of("keys", "*"), List.of("accounts", "*", "token"), List.of("headers", "*")),
        secrets.paths());
    assertTrue(secrets.isSecret(List.of("keys", "*")));
    assertTrue(secrets.isSecret(List.of("accounts", "*", "token")));
    assertTrue(secrets.isSecret(List.of("headers", "Authorization")));
    assertFalse(secrets.isSecret(List.of("accounts", "*", "name")));
    assertFalse(secrets.isSecret(List.of("accounts", "*")));
    assertFalse(secrets.isSecret(List.of("keys")));
    assertFalse(secrets.isSecret(List.of("headers", "a", "b")));
  }

  @Test
  void noneAndNonObjectSchemas() {
    assertTrue(SecretPaths.none().paths().isEmpty());
    assertFalse(SecretPaths.none().isSecret(List.of("anything")));
    assertTrue(paths("true").isEmpty());
    assertTrue(paths("{\"type\":\"object\"}").isEmpty());
  }
}
