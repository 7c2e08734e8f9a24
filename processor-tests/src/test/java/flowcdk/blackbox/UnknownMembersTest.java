package flowcdk.blackbox;

import static flowcdk.blackbox.Json.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import flowcdk.runtime.codec.Codecs;
import flowcdk.runtime.codec.DecodeContext;
import flowcdk.runtime.codec.DecodeException;
import flowcdk.runtime.codec.DecodeProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Members no model declares are skipped; with notes enabled (as for endpoint configs) each is noted
 * by pointer, with a suggestion when close to a declared name, at any depth.
 */
class UnknownMembersTest {

  private static final String TYPOS =
      "{\"name\":\"n\",\"port\":1,\"prot\":5,"
          + "\"credentials\":{\"credentials_title\":\"API Key\",\"api_key\":\"k\",\"api_kye\":\"x\"},"
          + "\"somethingElse\":{\"a\":1}}";

  @Test
  void eachUnknownMemberIsNotedByPointerWithASuggestion() throws DecodeException {
    List<String> notes = new ArrayList<>();
    EndpointConfig config =
        Codecs.decode(
            raw(TYPOS),
            EndpointConfigJson.INSTANCE,
            "EndpointConfig",
            n -> notes.add(n.toString()));
    assertEquals("n", config.name());
    assertEquals(1, config.port());
    assertEquals(
        List.of(
            "/prot: unknown property, ignored; did you mean \"port\"?",
            "/credentials/api_kye: unknown property, ignored; did you mean \"api_key\"?",
            "/somethingElse: unknown property, ignored"),
        notes);
  }

  @Test
  void withoutNotesEnabledNothingIsRecorded() throws Exception {
    DecodeContext ctx = new DecodeContext();
    try (JsonParser p = raw(TYPOS).parser()) {
      p.nextToken();
      EndpointConfigJson.INSTANCE.read(p, ctx);
    }
    assertEquals(List.of(), ctx.notes());
    assertEquals(0, ctx.problemCount());
  }

  @Test
  void aMissingRequiredPropertyNamesACloseUnknownOne() {
    List<String> notes = new ArrayList<>();
    DecodeException e =
        assertThrows(
            DecodeException.class,
            () ->
                Codecs.decode(
                    raw("{\"x\":1,\"name\":\"n\",\"idd\":5}"),
                    RequiredJson.INSTANCE,
                    "Required",
                    n -> notes.add(n.toString())));
    assertEquals(
        List.of(
            "/id: required property is missing; found unknown property \"idd\":"
                + " did you mean \"id\"?"),
        e.problems().stream().map(DecodeProblem::toString).toList());
    assertEquals(List.of("/idd: unknown property, ignored; did you mean \"id\"?"), notes);
  }
}
