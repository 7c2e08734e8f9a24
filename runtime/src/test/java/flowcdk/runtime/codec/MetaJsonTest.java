package flowcdk.runtime.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetaJsonTest {

  private static String encode(Meta meta) {
    return Codecs.encode(meta, MetaJson.INSTANCE).toString();
  }

  private static Meta decode(String json) throws DecodeException {
    return Codecs.decode(json, MetaJson.INSTANCE, "Meta");
  }

  @Test
  void opCodes() {
    assertEquals("c", Op.CREATE.code());
    assertEquals("u", Op.UPDATE.code());
    assertEquals("d", Op.DELETE.code());
    for (Op op : Op.values()) {
      assertSame(op, Op.fromCode(op.code()));
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Op.fromCode("x"));
    assertEquals("unknown op \"x\"; expected one of \"c\", \"u\", \"d\"", e.getMessage());
  }

  @Test
  void factoriesAndWithers() {
    assertEquals(new Meta(Op.CREATE, null, Extras.EMPTY), Meta.of(Op.CREATE));
    assertEquals(new Meta(Op.UPDATE, 7L, Extras.EMPTY), Meta.row(Op.UPDATE, 7));
    assertEquals(new Meta(Op.DELETE, null, Extras.EMPTY), Meta.deleted());
    assertEquals(new Meta(null, null, Extras.EMPTY), Meta.empty());
    assertSame(Extras.EMPTY, new Meta(null, null, null).extras());
    Meta meta =
        Meta.empty().withOp(Op.CREATE).withRowId(3L).withExtra("store", RawJson.parse("\"eu\""));
    assertEquals(new Meta(Op.CREATE, 3L, Extras.of("store", RawJson.parse("\"eu\""))), meta);
    assertEquals(Meta.row(Op.CREATE, 3), meta.withExtras(Extras.EMPTY));
    assertEquals(new Meta(null, 3L, meta.extras()), meta.withOp(null));
    assertThrows(
        IllegalArgumentException.class, () -> Meta.empty().withExtra("op", RawJson.parse("\"d\"")));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Meta(null, null, Extras.of("row_id", RawJson.parse("1"))));
  }

  @Test
  void writesOnlyPresentMembersInOrder() {
    assertEquals("{}", encode(Meta.empty()));
    assertEquals("{\"op\":\"d\"}", encode(Meta.deleted()));
    assertEquals("{\"op\":\"c\",\"row_id\":0}", encode(Meta.row(Op.CREATE, 0)));
    assertEquals("{\"row_id\":-1}", encode(Meta.empty().withRowId(-1L)));
    assertEquals(
        "{\"op\":\"u\",\"row_id\":12,\"store\":\"eu\",\"webhookId\":{\"id\":1}}",
        encode(
            Meta.row(Op.UPDATE, 12)
                .withExtra("store", RawJson.parse("\"eu\""))
                .withExtra("webhookId", RawJson.parse("{\"id\":1}"))));
  }

  @Test
  void readsMembersAndExtras() throws DecodeException {
    assertEquals(Meta.empty(), decode("{}"));
    assertEquals(Meta.row(Op.DELETE, 5), decode("{\"row_id\":5,\"op\":\"d\"}"));
    Meta meta =
        decode(
            "{\"uuid\":\"2a0f4f8e-0000-0000-0000-000000000000\",\"op\":\"c\","
                + " \"store\":{\"region\":\"eu\", \"n\":[1, 2]},\"row_id\":9}");
    assertEquals(Op.CREATE, meta.op());
    assertEquals(9L, meta.rowId());
    assertEquals(List.of("uuid", "store"), meta.extras().names());
    assertEquals(RawJson.parse("{\"region\":\"eu\",\"n\":[1,2]}"), meta.extras().get("store"));
    assertEquals(
        "{\"op\":\"c\",\"row_id\":9,\"uuid\":\"2a0f4f8e-0000-0000-0000-000000000000\","
            + "\"store\":{\"region\":\"eu\",\"n\":[1,2]}}",
        encode(meta));
  }

  @Test
  void roundTrips() throws DecodeException {
    List<Meta> metas =
        List.of(
            Meta.empty(),
            Meta.deleted(),
            Meta.row(Op.CREATE, Long.MAX_VALUE),
            Meta.empty().withRowId(Long.MIN_VALUE),
            Meta.of(Op.UPDATE)
                .withExtra("x", RawJson.parse("[{},null,1.5]"))
                .withExtra("y", RawJson.NULL));
    for (Meta meta : metas) {
      assertEquals(meta, decode(encode(meta)));
      assertEquals(
          meta, Codecs.decode(Codecs.encode(meta, MetaJson.INSTANCE), MetaJson.INSTANCE, "Meta"));
    }
  }

  @Test
  void reportsEveryProblem() {
    DecodeException e =
        assertThrows(
            DecodeException.class, () -> decode("{\"op\":\"x\",\"row_id\":1.5,\"store\":1}"));
    assertEquals(
        "2 problems decoding Meta:\n"
            + " - /op: expected one of \"c\", \"u\", \"d\", found a string \"x\"\n"
            + " - /row_id: expected an integer from -9223372036854775808 to 9223372036854775807,"
            + " found a number 1.5",
        e.getMessage());
    e = assertThrows(DecodeException.class, () -> decode("{\"op\":null,\"row_id\":null}"));
    assertEquals(
        List.of(
            new DecodeProblem("/op", "expected one of \"c\", \"u\", \"d\", found null"),
            new DecodeProblem(
                "/row_id",
                "expected an integer from -9223372036854775808 to 9223372036854775807, found null")),
        e.problems());
    e = assertThrows(DecodeException.class, () -> decode("[1]"));
    assertEquals(
        List.of(new DecodeProblem("", "expected an object, found an array")), e.problems());
  }

  @Test
  void nullMetaIsNullInsideADocument() {
    Reads.Result<Meta> result = Reads.read("null", MetaJson.INSTANCE);
    assertNull(result.value());
    assertEquals(List.of(), result.problems());
    assertEquals("expected an object, found a number 1", Reads.fail("1", MetaJson.INSTANCE));
    assertEquals(Meta.of(Op.UPDATE), Reads.ok("{\"op\":\"u\"}", MetaJson.INSTANCE));
  }

  @Test
  void schemaIsTheReferenceDefinition() {
    String reference =
        "{\"title\":\"Meta\",\"type\":\"object\",\"properties\":{\"op\":{\"title\":\"Op\","
            + "\"type\":\"string\",\"enum\":[\"c\",\"u\",\"d\"],\"default\":\"u\",\"description\":"
            + "\"Operation type (c: Create, u: Update, d: Delete)\"},\"row_id\":{\"title\":\"Row Id\","
            + "\"type\":\"integer\",\"default\":-1,\"description\":\"Row ID of the Document, counting"
            + " up from zero, or -1 if not known\"}}}";
    assertEquals(reference, MetaJson.SCHEMA.toString());
    assertEquals(RawJson.parse(reference), MetaJson.INSTANCE.schema());
    assertEquals(JsonValues.read(RawJson.parse(reference)), JsonValues.read(MetaJson.SCHEMA));
  }
}
