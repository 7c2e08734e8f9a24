package flowcdk.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import flowcdk.processor.schema.corpus.AccessToken;
import flowcdk.processor.schema.corpus.Collections;
import flowcdk.processor.schema.corpus.Credentials;
import flowcdk.processor.schema.corpus.Doc;
import flowcdk.processor.schema.corpus.EndpointConfig;
import flowcdk.processor.schema.corpus.Enums;
import flowcdk.processor.schema.corpus.NotNulls;
import flowcdk.processor.schema.corpus.OAuthCredentials;
import flowcdk.processor.schema.corpus.OpenBag;
import flowcdk.processor.schema.corpus.Optionals;
import flowcdk.processor.schema.corpus.Order66;
import flowcdk.processor.schema.corpus.Person;
import flowcdk.processor.schema.corpus.Primitives;
import flowcdk.processor.schema.corpus.Renamed;
import flowcdk.processor.schema.corpus.Status;
import flowcdk.processor.schema.corpus.StrictResource;
import flowcdk.processor.schema.corpus.Temporals;
import flowcdk.processor.schema.corpus.TextAndNumbers;
import flowcdk.processor.schema.corpus.Titled;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per convention of the table in {@link SchemaAgreementTest}: at the given JSON pointer
 * our schema equals the configured oracle's, and differs from victools with only the plain
 * configuration (PLAIN_JSON, DEFINITIONS_FOR_ALL_OBJECTS, MAP_VALUES_AS_ADDITIONAL_PROPERTIES, the
 * Jackson module with RESPECT_JSONPROPERTY_REQUIRED and FLATTENED_ENUMS_FROM_JSONPROPERTY). This
 * shows each configuration hook is needed and what it changes.
 */
class ConventionsTest {

  private static final VictoolsOracle ORACLE = new VictoolsOracle();
  private static final SchemaGenerator PLAIN =
      new SchemaGenerator(
          new SchemaGeneratorConfigBuilder(
                  VictoolsOracle.MAPPER, SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
              .with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
              .with(Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES)
              .with(
                  new JacksonModule(
                      JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
                      JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY))
              .build());

  static Stream<Arguments> conventions() {
    return Stream.of(
        Arguments.of("no-schema-keyword", Primitives.class, "/$schema"),
        Arguments.of("model-title", Primitives.class, "/title"),
        Arguments.of("model-title (@Model(title))", Titled.class, "/title"),
        Arguments.of("model-title (@Title)", OAuthCredentials.class, "/title"),
        Arguments.of("property-title", Renamed.class, "/properties/start_date/title"),
        Arguments.of("property-title (@Title)", Titled.class, "/properties/named/title"),
        Arguments.of("titles-kept-beside-ref", Optionals.class, "/properties/address/title"),
        Arguments.of("declaration-order", Renamed.class, "/required"),
        Arguments.of("required (primitive without default)", Primitives.class, "/required"),
        Arguments.of("required (not-null by simple name)", NotNulls.class, "/required"),
        Arguments.of("not-nullable", Optionals.class, "/properties/nickname/type"),
        Arguments.of("defaults", Renamed.class, "/properties/page_size/default"),
        Arguments.of("const-default", AccessToken.class, "/properties/credentials_title/default"),
        Arguments.of(
            "const-default (const)", AccessToken.class, "/properties/credentials_title/const"),
        Arguments.of(
            "estuary-keywords (secret)", AccessToken.class, "/properties/access_token/secret"),
        Arguments.of(
            "estuary-keywords (order, multiline)", Order66.class, "/properties/private_key"),
        Arguments.of(
            "estuary-keywords (advanced)", EndpointConfig.class, "/properties/advanced/advanced"),
        Arguments.of(
            "estuary-keywords (x-hidden-field)",
            Order66.class,
            "/properties/legacy_flag/x-hidden-field"),
        Arguments.of(
            "estuary-keywords (nonsensitive)",
            StrictResource.class,
            "/properties/interval/nonsensitive"),
        Arguments.of("estuary-keywords (format)", Order66.class, "/properties/email/format"),
        Arguments.of(
            "estuary-keywords (x-oauth2-provider)", OAuthCredentials.class, "/x-oauth2-provider"),
        Arguments.of(
            "additional-properties (strict)", StrictResource.class, "/additionalProperties"),
        Arguments.of("additional-properties (Extras)", OpenBag.class, "/additionalProperties"),
        Arguments.of("additional-properties (Extras is no property)", OpenBag.class, "/properties"),
        Arguments.of("inline-containers", Person.class, "/properties/previous"),
        Arguments.of("inline-enums", Enums.class, "/properties/history/items"),
        Arguments.of("inline-enums (partly annotated)", Status.class, "/enum"),
        Arguments.of("set-unique-items", Collections.class, "/properties/ids/uniqueItems"),
        Arguments.of("byte-integer", Primitives.class, "/properties/tiny/type"),
        Arguments.of("bytes-base64", TextAndNumbers.class, "/properties/payload"),
        Arguments.of("raw-json", TextAndNumbers.class, "/properties/anything"),
        Arguments.of("local-date-time", Temporals.class, "/properties/localAt"),
        Arguments.of("unions", Credentials.class, "/oneOf"),
        Arguments.of("unions (discriminator)", Credentials.class, "/discriminator"),
        Arguments.of("meta", Doc.class, "/properties/_meta"),
        Arguments.of("meta (definition)", Doc.class, "/$defs/Meta"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conventions")
  void convention(String rule, Class<?> model, String pointer) throws Exception {
    JsonNode ours = VictoolsOracle.MAPPER.readTree(ProcessorSchemas.schemaJson(model)).at(pointer);
    JsonNode oracle = ORACLE.schema(model).at(pointer);
    JsonNode plain = PLAIN.generateSchema(model).at(pointer);
    assertEquals(
        java.util.Optional.empty(),
        JsonDiff.firstDifference(ours, oracle),
        rule
            + ": ours and the configured oracle agree at "
            + pointer
            + ": "
            + ours
            + " vs "
            + oracle);
    assertNotEquals(
        plain,
        ours,
        rule + ": plain victools differs at " + pointer + " (else the hook is not needed)");
    if (!(ours instanceof MissingNode) && !(plain instanceof MissingNode)) {
      System.out.println(rule + " at " + pointer + ": ours " + ours + ", plain victools " + plain);
    }
  }
}
