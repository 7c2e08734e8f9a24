package flowcdk.blackbox;

import static flowcdk.blackbox.Json.assertProblem;
import static flowcdk.blackbox.Json.decode;
import static flowcdk.blackbox.Json.problems;
import static flowcdk.blackbox.Json.raw;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.runtime.codec.JsonCodec;
import flowcdk.runtime.json.RawJson;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Nested, recursive, final-class, union and generic models; renames, defaults, strictness. */
class ModelsTest {

  @Test
  void generatedApi() {
    JsonCodec<Outer> codec = OuterJson.INSTANCE;
    assertSame(OuterJson.SCHEMA, codec.schema());
    assertEquals(RawJson.parse(OuterJson.SCHEMA_JSON), OuterJson.SCHEMA);
    assertTrue(OuterJson.SCHEMA.isObject());
    assertEquals("{\"value\":\"v\"}", TestScopedJson.encode(new TestScoped("v")).toString());
  }

  @Test
  void nestedModels() {
    Outer.Inner a = new Outer.Inner(1, "a");
    Map<String, Outer.Inner> byKey = new LinkedHashMap<>();
    byKey.put("k", new Outer.Inner(3, "c"));
    byKey.put("n", null);
    Outer value =
        new Outer(
            "o",
            a,
            Arrays.asList(new Outer.Inner(2, null), null),
            byKey,
            new Outer.Inner[] {new Outer.Inner(4, "d")});
    String json =
        "{\"name\":\"o\",\"inner\":{\"x\":1,\"label\":\"a\"},\"list\":[{\"x\":2},null],"
            + "\"byKey\":{\"k\":{\"x\":3,\"label\":\"c\"},\"n\":null},\"array\":[{\"x\":4,\"label\":\"d\"}]}";
    assertEquals(json, OuterJson.encode(value).toString());
    Outer read = decode(OuterJson::decode, json);
    assertEquals(value.inner(), read.inner());
    assertEquals(value.list(), read.list());
    assertEquals(value.byKey(), read.byKey());
    assertArrayEquals(value.array(), read.array());
    assertEquals("{\"x\":-1}", Outer_InnerJson.encode(new Outer.Inner(-1, null)).toString());
  }

  @Test
  void recursiveModels() {
    TreeNode tree =
        new TreeNode(
            "root",
            null,
            List.of(
                new TreeNode("a", null, List.of()),
                new TreeNode("b", new TreeNode("p", null, null), null)));
    String json =
        "{\"name\":\"root\",\"children\":[{\"name\":\"a\",\"children\":[]},"
            + "{\"name\":\"b\",\"parentless\":{\"name\":\"p\"}}]}";
    assertEquals(json, TreeNodeJson.encode(tree).toString());
    assertEquals(tree, decode(TreeNodeJson::decode, json));
    assertProblem(
        TreeNodeJson::decode,
        "{\"children\":[{\"children\":[{\"name\":1}]}]}",
        "/children/0/children/0/name: expected a string, found a number 1");
  }

  @Test
  void finalClassModels() {
    Account account = new Account("n", true, List.of("a@example.com"), 3);
    String json =
        "{\"name\":\"n\",\"active\":true,\"e-mail addresses\":[\"a@example.com\"],\"level\":3}";
    assertEquals(json, AccountJson.encode(account).toString());
    assertEquals(account, decode(AccountJson::decode, json));
    assertEquals(
        List.of("/active: required property is missing", "/level: required property is missing"),
        problems(AccountJson::decode, "{\"name\":\"n\"}"));
  }

  @Test
  void genericValuesAreKeptAsWritten() {
    String json =
        "{\"value\":{\"b\":2.50,\"a\":[1e400,-0,0.1000000000000000000001,\"x\",null,true,{}]},"
            + "\"items\":[1,\"2\",{},[],null,1E+2],\"byKey\":{\"n\":1.0E+2,\"s\":\"é😀\\u001f\"}}";
    Generic read = decode(GenericJson::decode, json);
    assertEquals(
        raw("{\"b\":2.50,\"a\":[1e400,-0,0.1000000000000000000001,\"x\",null,true,{}]}"),
        read.value());
    assertEquals("1.0E+2", read.byKey().get("n").toString());
    assertEquals(
        Arrays.asList(raw("1"), raw("\"2\""), RawJson.EMPTY_OBJECT, raw("[]"), null, raw("1E+2")),
        read.items());
    assertEquals(json, GenericJson.encode(read).toString());
    Generic value = new Generic(raw("[ 1 , 2.50 ]"), null, null);
    assertEquals("{\"value\":[1,2.50]}", GenericJson.encode(value).toString());
    assertNull(decode(GenericJson::decode, "{\"value\":null}").value());
    assertEquals(
        "{}", GenericJson.encode(decode(GenericJson::decode, "{\"value\":null}")).toString());
  }

  @Test
  void unionsPickTheVariantByDiscriminator() {
    String oauth =
        "{\"credentials_title\":\"OAuth Credentials\",\"client_id\":\"id\",\"client_secret\":\"s\"}";
    Credentials read = decode(CredentialsJson::decode, oauth);
    assertEquals(new Credentials.OAuth("OAuth Credentials", "id", "s"), read);
    assertEquals(oauth, CredentialsJson.encode(read).toString());

    // The discriminator may come anywhere; it is written first, as declared.
    Credentials key =
        decode(CredentialsJson::decode, "{\"api_key\":\"k\",\"credentials_title\":\"API Key\"}");
    assertEquals(new Credentials.ApiKey("API Key", "k"), key);
    assertEquals(
        "{\"credentials_title\":\"API Key\",\"api_key\":\"k\"}",
        CredentialsJson.encode(key).toString());
  }

  @Test
  void constantsAreAlwaysWrittenAndFilledWhenAbsent() {
    assertEquals(
        "{\"credentials_title\":\"API Key\",\"api_key\":\"k\"}",
        CredentialsJson.encode(new Credentials.ApiKey(null, "k")).toString());
    assertEquals(
        new Credentials.OAuth("OAuth Credentials", "i", "s"),
        decode(Credentials_OAuthJson::decode, "{\"client_id\":\"i\",\"client_secret\":\"s\"}"));
    assertProblem(
        Credentials_OAuthJson::decode,
        "{\"credentials_title\":\"API Key\",\"client_id\":\"i\",\"client_secret\":\"s\"}",
        "/credentials_title: expected \"OAuth Credentials\", found \"API Key\"");
  }

  @Test
  void unionProblems() {
    assertProblem(
        CredentialsJson::decode,
        "{\"credentials_title\":\"Basic\"}",
        "/credentials_title: expected one of \"OAuth Credentials\", \"API Key\", found \"Basic\"");
    assertProblem(
        CredentialsJson::decode,
        "{\"client_id\":\"i\"}",
        "/credentials_title: required property is missing; expected one of \"OAuth Credentials\", \"API Key\"");
    assertProblem(
        CredentialsJson::decode,
        "{\"credentials_title\":5}",
        "/credentials_title: expected one of \"OAuth Credentials\", \"API Key\", found a number 5");
    assertProblem(CredentialsJson::decode, "[]", "/: expected an object, found an array");
    assertEquals(
        List.of(
            "/client_id: expected a string, found a number 1",
            "/client_secret: required property is missing"),
        problems(
            CredentialsJson::decode,
            "{\"credentials_title\":\"OAuth Credentials\",\"client_id\":1}"));
  }

  @Test
  void renamesAndDefaults() {
    Settings defaults = decode(SettingsJson::decode, "{}");
    assertEquals(
        new Settings(
            null,
            Duration.ofMinutes(5),
            100,
            Color.GREEN,
            "hello \"world\"",
            new BigDecimal("1.50"),
            Optional.of("eu"),
            true),
        defaults);
    assertEquals(
        "{\"interval\":\"PT5M\",\"page_size\":100,\"color\":\"green\",\"greeting\":\"hello \\\"world\\\"\","
            + "\"rate\":1.50,\"region\":\"eu\",\"enabled\":true}",
        SettingsJson.encode(defaults).toString());

    String json =
        "{\"start_date\":\"2024-01-02\",\"interval\":\"P1D\",\"page_size\":5,\"color\":\"RED\","
            + "\"greeting\":\"hi\",\"rate\":2,\"region\":\"us\",\"enabled\":false}";
    Settings given = decode(SettingsJson::decode, json);
    assertEquals(
        new Settings(
            LocalDate.of(2024, 1, 2),
            Duration.ofDays(1),
            5,
            Color.RED,
            "hi",
            new BigDecimal("2"),
            Optional.of("us"),
            false),
        given);
    assertEquals(json, SettingsJson.encode(given).toString());
  }

  @Test
  void anExplicitNullIsNotReplacedByTheDefault() {
    Settings read =
        decode(SettingsJson::decode, "{\"interval\":null,\"region\":null,\"enabled\":null}");
    assertNull(read.interval());
    assertEquals(Optional.empty(), read.region());
    assertNull(read.enabled());
    assertProblem(SettingsJson::decode, "{\"page_size\":null}", "/page_size: must not be null");
  }

  @Test
  void ignoredPropertiesAreNeitherReadNorWritten() {
    Settings value =
        new Settings(null, null, 1, null, null, null, Optional.empty(), null, "cached");
    assertEquals("{\"page_size\":1}", SettingsJson.encode(value).toString());
    assertNull(decode(SettingsJson::decode, "{\"cache\":\"x\"}").cache());
  }

  @Test
  void strictModelsRejectUnknownPropertiesWithAHint() {
    assertEquals(
        new StrictResource("r", Duration.ofMinutes(5), null),
        decode(StrictResourceJson::decode, "{\"name\":\"r\",\"interval\":\"PT5M\"}"));
    assertEquals(
        List.of(
            "/intervall: unknown property; expected one of name, interval, disable. Did you mean \"interval\"?",
            "/schedule: unknown property; expected one of name, interval, disable"),
        problems(
            StrictResourceJson::decode,
            "{\"name\":\"r\",\"intervall\":\"PT5M\",\"schedule\":{\"a\":[1]}}"));
  }

  @Test
  void lenientModelsSkipUnknownProperties() {
    assertEquals(
        new Outer.Inner(1, null),
        decode(Outer_InnerJson::decode, "{\"x\":1,\"y\":{\"deep\":[1,{\"z\":null}]},\"w\":[]}"));
  }

  @Test
  void nullDocumentIsAProblem() {
    assertProblem(Outer_InnerJson::decode, "null", "/: expected Inner, found null");
  }

  @Test
  void credentialsInAnotherModel() {
    assertInstanceOf(
        Credentials.ApiKey.class,
        decode(
                EndpointConfigJson::decode,
                "{\"name\":\"n\",\"port\":1,\"credentials\":{\"credentials_title\":\"API Key\",\"api_key\":\"k\"}}")
            .credentials());
  }
}
