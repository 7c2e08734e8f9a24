package flowcdk.processor.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import flowcdk.processor.schema.corpus.AccessToken;
import flowcdk.processor.schema.corpus.Account;
import flowcdk.processor.schema.corpus.Address;
import flowcdk.processor.schema.corpus.BasicAuth;
import flowcdk.processor.schema.corpus.Boxes;
import flowcdk.processor.schema.corpus.Collections;
import flowcdk.processor.schema.corpus.Color;
import flowcdk.processor.schema.corpus.Company;
import flowcdk.processor.schema.corpus.Credentials;
import flowcdk.processor.schema.corpus.Described;
import flowcdk.processor.schema.corpus.Doc;
import flowcdk.processor.schema.corpus.EndpointConfig;
import flowcdk.processor.schema.corpus.Enums;
import flowcdk.processor.schema.corpus.Everything;
import flowcdk.processor.schema.corpus.Forest;
import flowcdk.processor.schema.corpus.GoogleServiceAccount;
import flowcdk.processor.schema.corpus.ImplicitMetaDoc;
import flowcdk.processor.schema.corpus.MetaWithDescription;
import flowcdk.processor.schema.corpus.NotNulls;
import flowcdk.processor.schema.corpus.OAuthCredentials;
import flowcdk.processor.schema.corpus.OpenBag;
import flowcdk.processor.schema.corpus.Optionals;
import flowcdk.processor.schema.corpus.Order66;
import flowcdk.processor.schema.corpus.Outer;
import flowcdk.processor.schema.corpus.Person;
import flowcdk.processor.schema.corpus.Primitives;
import flowcdk.processor.schema.corpus.Renamed;
import flowcdk.processor.schema.corpus.Settings;
import flowcdk.processor.schema.corpus.Status;
import flowcdk.processor.schema.corpus.StrictResource;
import flowcdk.processor.schema.corpus.Temporals;
import flowcdk.processor.schema.corpus.TextAndNumbers;
import flowcdk.processor.schema.corpus.TitleWins;
import flowcdk.processor.schema.corpus.Titled;
import flowcdk.processor.schema.corpus.TreeNode;
import flowcdk.processor.schema.corpus.Tuning;
import flowcdk.processor.schema.corpus.greenhouse.GreenhouseClientCredentials;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schema agreement: for every model of the corpus, the JSON Schema our processor computes at
 * compile time ({@code <Model>Json.SCHEMA_JSON}) equals, as a JSON value, what victools
 * jsonschema-generator 4.38 with its Jackson module produces for the same class at run time, once
 * victools is configured with our conventions ({@link VictoolsOracle}) and the named deviations
 * below are normalized ({@link SchemaDeviations}). Object member order is not compared; array order
 * ({@code required}, {@code enum}, {@code oneOf}) is.
 *
 * <p><b>Conventions expressed as victools configuration</b> (each shown by {@link ConventionsTest}:
 * ours and the configured oracle agree, victools' plain configuration differs):
 *
 * <table>
 *   <caption>Conventions</caption>
 *   <tr><th>Rule</th><th>victools configuration</th><th>Why</th></tr>
 *   <tr><td>no-schema-keyword</td><td>without SCHEMA_VERSION_INDICATOR</td><td>the spec response embeds the schema; Python connectors emit no {@code $schema}</td></tr>
 *   <tr><td>model-title</td><td>type title resolver: {@code @Title} &gt; {@code @Model(title)} &gt; simple name</td><td>pydantic titles every model</td></tr>
 *   <tr><td>property-title</td><td>field title resolver: {@code @Title} or the JSON name title-cased</td><td>Estuary's UI labels fields with titles ("Start Date")</td></tr>
 *   <tr><td>titles-kept-beside-ref</td><td>without DUPLICATE_MEMBER_ATTRIBUTE_CLEANUP_AT_THE_END</td><td>a property titled like its model ("address" → Address) keeps its own title</td></tr>
 *   <tr><td>declaration-order</td><td>property sorter keeping declaration order</td><td>{@code properties}/{@code required} as declared (victools sorts alphabetically)</td></tr>
 *   <tr><td>required</td><td>RESPECT_JSONPROPERTY_REQUIRED + required check: primitive without default, or an annotation named NotNull/NonNull/Nonnull (any retention)</td><td>the rules of {@code @Model}</td></tr>
 *   <tr><td>not-nullable</td><td>nullable check false; Optional unwrapped by a target-type override instead of FLATTENED_OPTIONALS</td><td>absent means null; a null is never written, so no {@code "null"} type</td></tr>
 *   <tr><td>defaults</td><td>default resolver from {@code @JsonProperty(defaultValue)}, typed as the property</td><td>pydantic-style {@code default}</td></tr>
 *   <tr><td>const-default</td><td>single-value enum resolver ({@code const}) + default resolver for {@code @Const}</td><td>{@code credentials_title} carries {@code const} and {@code default} (docs/models.md#credential-choices-discriminated-unions)</td></tr>
 *   <tr><td>estuary-keywords</td><td>field attribute override: secret, multiline, advanced, nonsensitive, x-hidden-field, order; format resolver for {@code @Format}; type attribute override for x-oauth2-provider</td><td>Estuary's UI keywords (docs/models.md#estuarys-ui-keywords)</td></tr>
 *   <tr><td>additional-properties</td><td>type attribute override: false when strict, true with an Extras component; Extras fields ignored</td><td>strict resource configs; documents re-emit unknown members</td></tr>
 *   <tr><td>defs-by-simple-name</td><td>DEFINITIONS_FOR_ALL_OBJECTS (victools' default keys are simple names too; two models with one simple name are not in the corpus)</td><td>every model a {@code $defs} entry, like pydantic's</td></tr>
 *   <tr><td>inline-containers</td><td>custom definition: collections, maps, arrays INLINE; MAP_VALUES_AS_ADDITIONAL_PROPERTIES</td><td>only models are {@code $defs}</td></tr>
 *   <tr><td>inline-enums</td><td>custom definition: enums INLINE, each constant's {@code @JsonProperty} name or its name; enum title/description only on the enum's own root</td><td>Jackson names constants one by one (victools' Jackson module needs all annotated)</td></tr>
 *   <tr><td>set-unique-items</td><td>unique-items resolver for Set</td><td>a Set's JSON array has unique items</td></tr>
 *   <tr><td>byte-integer, bytes-base64, local-date-time, raw-json</td><td>custom definitions: byte → integer; byte[] → base64 string; LocalDateTime → string without format; RawJson → {}</td><td>as Jackson/our codec write them; a LocalDateTime has no offset, so it is no RFC 3339 date-time</td></tr>
 *   <tr><td>unions</td><td>custom definition for sealed {@code @Discriminator} interfaces: discriminator + oneOf of permitted subtypes</td><td>Estuary's UI credential selector</td></tr>
 *   <tr><td>meta</td><td>{@code Meta} → fixed CDK definition ({@code schema/meta-definition.json}); name {@code _meta}; description "Document metadata" unless described</td><td>the Python CDK's {@code _meta} (docs/models.md#document-metadata)</td></tr>
 * </table>
 *
 * <p><b>Deviations normalized or excluded</b> (each with its test in {@link DeviationsTest}):
 *
 * <table>
 *   <caption>Deviations</caption>
 *   <tr><th>Rule</th><th>Applied to</th><th>Why</th></tr>
 *   <tr><td>root-self-reference</td><td>ours</td><td>a self-referencing root is repeated under {@code $defs} (pydantic-like); victools uses {@code "$ref": "#"}. Both are valid.</td></tr>
 *   <tr><td>record-style-accessor (not normalized; kept out of the corpus)</td><td>-</td><td>a final class read through {@code name()} has the property in our schema; Jackson's introspection does not see it</td></tr>
 * </table>
 */
class SchemaAgreementTest {

  private static final VictoolsOracle ORACLE = new VictoolsOracle();

  /** The corpus: every model type is compared as a root. */
  static final List<Class<?>> CORPUS =
      List.of(
          Primitives.class,
          Boxes.class,
          TextAndNumbers.class,
          Temporals.class,
          Color.class,
          Status.class,
          Enums.class,
          Collections.class,
          Optionals.class,
          Address.class,
          Person.class,
          Company.class,
          TreeNode.class,
          Forest.class,
          Renamed.class,
          Described.class,
          Account.class,
          Settings.class,
          Credentials.class,
          AccessToken.class,
          BasicAuth.class,
          OAuthCredentials.class,
          GoogleServiceAccount.class,
          EndpointConfig.class,
          Tuning.class,
          Order66.class,
          Doc.class,
          ImplicitMetaDoc.class,
          MetaWithDescription.class,
          OpenBag.class,
          StrictResource.class,
          Titled.class,
          TitleWins.class,
          NotNulls.class,
          Outer.class,
          Outer.Inner.class,
          Outer.Kind.class,
          Everything.class,
          flowcdk.processor.schema.corpus.greenhouse.EndpointConfig.class,
          GreenhouseClientCredentials.class);

  static Stream<Class<?>> corpus() {
    return CORPUS.stream();
  }

  @Test
  void corpusIsLargeEnough() {
    assertTrue(CORPUS.size() >= 30, "at least 30 model types");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void ourSchemaEqualsVictools(Class<?> model) throws Exception {
    JsonNode ours = VictoolsOracle.MAPPER.readTree(ProcessorSchemas.schemaJson(model));
    JsonNode theirs = ORACLE.schema(model);
    JsonNode normalized = SchemaDeviations.normalizeOurs(ours);
    Optional<String> difference = JsonDiff.firstDifference(normalized, theirs);
    if (difference.isPresent()) {
      fail(
          "schemas of "
              + model.getName()
              + " differ first at "
              + difference.get()
              + "\n--- ours (normalized) ---\n"
              + pretty(normalized)
              + "\n--- victools ---\n"
              + pretty(theirs));
    }
  }

  static String pretty(JsonNode node) throws Exception {
    return VictoolsOracle.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
  }
}
