package flowcdk.runtime.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecodeExceptionTest {

  @Test
  void problemToStringShowsRootAsSlash() {
    assertEquals("/: bad", new DecodeProblem("", "bad").toString());
    assertEquals("/a/0: bad", new DecodeProblem("/a/0", "bad").toString());
  }

  @Test
  void messageListsEveryProblem() {
    DecodeException e =
        new DecodeException(
            "EndpointConfig",
            List.of(
                new DecodeProblem(
                    "/credentials/access_token", "expected a string, found a number 5"),
                new DecodeProblem(
                    "/start_date",
                    "expected an RFC 3339 date-time such as 2024-01-02T03:04:05Z, found a string \"yesterday\"")));
    assertEquals(
        "2 problems decoding EndpointConfig:\n"
            + " - /credentials/access_token: expected a string, found a number 5\n"
            + " - /start_date: expected an RFC 3339 date-time such as 2024-01-02T03:04:05Z,"
            + " found a string \"yesterday\"",
        e.getMessage());
    assertEquals(2, e.problems().size());
    assertEquals("EndpointConfig", e.typeName());
  }

  @Test
  void singularAndRoot() {
    DecodeException e = new DecodeException("Foo", List.of(new DecodeProblem("", "oops")));
    assertEquals("1 problem decoding Foo:\n - /: oops", e.getMessage());
  }

  @Test
  void manyProblemsAreSummarised() {
    List<DecodeProblem> problems = new ArrayList<>();
    for (int i = 0; i < 53; i++) {
      problems.add(new DecodeProblem("/" + i, "bad"));
    }
    String message = new DecodeException("Foo", problems).getMessage();
    assertEquals("53 problems decoding Foo:", message.substring(0, message.indexOf('\n')));
    assertEquals(52, message.split("\n").length);
    assertEquals(true, message.endsWith("\n - /49: bad\n - ... and 3 more"));
  }

  @Test
  void needsAProblem() {
    assertThrows(IllegalArgumentException.class, () -> new DecodeException("Foo", List.of()));
  }

  @Test
  void problemsAreCopied() {
    List<DecodeProblem> problems = new ArrayList<>(List.of(new DecodeProblem("", "x")));
    DecodeException e = new DecodeException("Foo", problems);
    problems.clear();
    assertEquals(1, e.problems().size());
  }
}
