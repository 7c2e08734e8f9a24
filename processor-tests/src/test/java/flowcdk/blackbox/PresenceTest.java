package flowcdk.blackbox;

import static flowcdk.blackbox.Json.decode;
import static flowcdk.blackbox.Json.problems;
import static flowcdk.blackbox.Json.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import flowcdk.runtime.codec.Extras;
import flowcdk.runtime.codec.Meta;
import flowcdk.runtime.codec.Op;
import flowcdk.runtime.json.RawJson;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Presence (docs/models.md#required-null-and-presence-one-rule), {@code _meta}
 * (docs/models.md#document-metadata) and unknown properties: what a connector reads is written back
 * unchanged, and what it never set is not written at all.
 */
class PresenceTest {

  private static Document document(Meta meta) {
    return new Document(meta, "a", null, Optional.empty(), null, null, Extras.EMPTY);
  }

  @Test
  void unknownPropertiesAreReEmittedByteForByteAfterTheDeclaredOnes() {
    String json =
        "{\"_meta\":{\"op\":\"u\",\"row_id\":3,\"uuid\":\"1f0e6d4a-2b3c-11ef-8001-0242ac110002\","
            + "\"store\":\"eu\"},\"id\":\"a\",\"count\":5,\"note\":\"n\",\"updated\":\"2024-01-02T03:04:05.123456Z\","
            + "\"tags\":[\"t\"],\"x\":1,\"nested\":{\"b\":[1,{\"c\":null}],\"a\":\"é😀\\u001f\\\"\"},\"arr\":[],"
            + "\"empty\":{},\"nul\":null,\"t\":true,\"big\":123456789012345678901234567890.50,\"exp\":1e400,"
            + "\"neg\":-0.0,\"sci\":1.5E-7,\"s\":\"\"}";
    Document read = decode(DocumentJson::decode, json);
    assertEquals(json, DocumentJson.encode(read).toString());
    assertEquals(
        List.of("x", "nested", "arr", "empty", "nul", "t", "big", "exp", "neg", "sci", "s"),
        read.extras().names());
    assertEquals(RawJson.NULL, read.extras().get("nul"));
    assertEquals(raw("123456789012345678901234567890.50"), read.extras().get("big"));
    assertEquals(Instant.parse("2024-01-02T03:04:05.123456Z"), read.updated());
  }

  @Test
  void declaredPropertiesAreWrittenFirstThenExtrasInTheirOrder() {
    Document read =
        decode(DocumentJson::decode, "{\"z\":1,\"id\":\"a\",\"y\":[2],\"count\":3,\"x\":{}}");
    assertEquals(
        Extras.of("z", raw("1"), "y", raw("[2]"), "x", RawJson.EMPTY_OBJECT), read.extras());
    assertEquals(
        "{\"id\":\"a\",\"count\":3,\"z\":1,\"y\":[2],\"x\":{}}",
        DocumentJson.encode(read).toString());
  }

  @Test
  void aDuplicateUnknownPropertyKeepsItsFirstPositionAndLastValue() {
    Document read = decode(DocumentJson::decode, "{\"id\":\"a\",\"x\":1,\"y\":2,\"x\":3}");
    assertEquals("{\"id\":\"a\",\"x\":3,\"y\":2}", DocumentJson.encode(read).toString());
  }

  @Test
  void propertiesNeverSetAreOmitted() {
    assertEquals("{\"id\":\"a\"}", DocumentJson.encode(document(null)).toString());
    @SuppressWarnings("NullOptional") // what this test checks: a null Optional is omitted too
    Document nullOptional = new Document(null, "a", null, null, null, null, null);
    assertEquals("{\"id\":\"a\"}", DocumentJson.encode(nullOptional).toString());
  }

  @Test
  void explicitNullsOfOptionalPropertiesReadAsUnsetAndAreNotWritten() {
    Document read =
        decode(
            DocumentJson::decode,
            "{\"_meta\":null,\"id\":\"a\",\"count\":null,\"note\":null,\"updated\":null,\"tags\":null}");
    assertEquals(document(null), read);
    assertEquals("{\"id\":\"a\"}", DocumentJson.encode(read).toString());
  }

  @Test
  void metaIsWrittenAsSet() {
    assertEquals(
        "{\"_meta\":{\"op\":\"u\"},\"id\":\"a\"}",
        DocumentJson.encode(document(Meta.of(Op.UPDATE))).toString());
    assertEquals(
        "{\"_meta\":{\"op\":\"d\"},\"id\":\"a\"}",
        DocumentJson.encode(document(Meta.deleted())).toString());
    assertEquals(
        "{\"_meta\":{\"op\":\"c\",\"row_id\":0},\"id\":\"a\"}",
        DocumentJson.encode(document(Meta.row(Op.CREATE, 0))).toString());
    assertEquals(
        "{\"_meta\":{},\"id\":\"a\"}", DocumentJson.encode(document(Meta.empty())).toString());
    assertEquals(
        "{\"_meta\":{\"row_id\":-1,\"store\":\"eu\"},\"id\":\"a\"}",
        DocumentJson.encode(document(new Meta(null, -1L, Extras.of("store", raw("\"eu\"")))))
            .toString());
  }

  @Test
  void metaKeepsRowIdAndFlowsUuid() {
    Document read =
        decode(
            DocumentJson::decode,
            "{\"_meta\":{\"uuid\":\"1f0e6d4a-2b3c-11ef-8001-0242ac110002\",\"row_id\":7},\"id\":\"a\"}");
    assertNull(read.meta().op());
    assertEquals(7L, read.meta().rowId());
    assertEquals(raw("\"1f0e6d4a-2b3c-11ef-8001-0242ac110002\""), read.meta().extras().get("uuid"));
    assertEquals(
        "{\"_meta\":{\"row_id\":7,\"uuid\":\"1f0e6d4a-2b3c-11ef-8001-0242ac110002\"},\"id\":\"a\"}",
        DocumentJson.encode(read).toString());
  }

  @Test
  void metaProblems() {
    assertEquals(
        List.of(
            "/_meta/op: expected one of \"c\", \"u\", \"d\", found a string \"x\"",
            "/_meta/row_id: expected an integer from -9223372036854775808 to 9223372036854775807, found null"),
        problems(DocumentJson::decode, "{\"_meta\":{\"op\":\"x\",\"row_id\":null},\"id\":\"a\"}"));
  }

  @Test
  void requiredPropertiesMustBePresent() {
    assertEquals(
        List.of(
            "/x: required property is missing",
            "/name: required property is missing",
            "/id: required property is missing"),
        problems(RequiredJson::decode, "{\"optional\":\"o\"}"));
    assertEquals(
        List.of("/id: required property is missing"),
        problems(DocumentJson::decode, "{\"count\":1}"));
  }

  @Test
  void requiredPropertiesMustNotBeNull() {
    assertEquals(
        List.of("/x: must not be null", "/name: must not be null", "/id: must not be null"),
        problems(RequiredJson::decode, "{\"x\":null,\"name\":null,\"id\":null}"));
  }

  @Test
  void aNullRequiredPropertyIsReportedBesideOtherProblems() {
    assertEquals(
        List.of(
            "/x: expected an integer from -2147483648 to 2147483647, found a string \"1\"",
            "/name: must not be null",
            "/id: required property is missing"),
        problems(RequiredJson::decode, "{\"x\":\"1\",\"name\":null}"));
  }

  @Test
  void optionalPropertiesMayBeNullOrAbsent() {
    Required read =
        decode(
            RequiredJson::decode,
            "{\"x\":0,\"name\":\"n\",\"id\":1,\"optional\":null,\"maybe\":null}");
    assertEquals(new Required(0, "n", 1L, null, Optional.empty()), read);
    assertEquals("{\"x\":0,\"name\":\"n\",\"id\":1}", RequiredJson.encode(read).toString());
    assertEquals(
        "{\"x\":0,\"name\":\"n\",\"id\":1,\"optional\":\"\",\"maybe\":0}",
        RequiredJson.encode(new Required(0, "n", 1L, "", Optional.of(0))).toString());
  }
}
