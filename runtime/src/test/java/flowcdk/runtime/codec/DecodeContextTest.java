package flowcdk.runtime.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import flowcdk.runtime.json.JsonFactories;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecodeContextTest {

  @Test
  void rootPointerIsEmpty() {
    DecodeContext ctx = new DecodeContext();
    assertEquals("", ctx.pointer());
    assertEquals(0, ctx.depth());
  }

  @Test
  void pointerEscapesTildeAndSlash() {
    DecodeContext ctx = new DecodeContext();
    ctx.push("a/b");
    assertEquals("/a~1b", ctx.pointer());
    ctx.push("~x~/");
    assertEquals("/a~1b/~0x~0~1", ctx.pointer());
  }

  @Test
  void nestedPushPopWithIndexes() {
    DecodeContext ctx = new DecodeContext();
    ctx.push("items");
    ctx.push(0);
    ctx.push("name");
    assertEquals("/items/0/name", ctx.pointer());
    ctx.pop();
    ctx.pop();
    ctx.push(12);
    assertEquals("/items/12", ctx.pointer());
    ctx.pop();
    ctx.pop();
    assertEquals("", ctx.pointer());
    assertThrows(IllegalStateException.class, ctx::pop);
  }

  @Test
  void numericLookingNameIsAName() {
    DecodeContext ctx = new DecodeContext();
    ctx.push("0");
    ctx.push("");
    assertEquals("/0/", ctx.pointer());
  }

  @Test
  void deepPathsGrowTheStack() {
    DecodeContext ctx = new DecodeContext();
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      ctx.push(i);
      expected.append('/').append(i);
    }
    assertEquals(expected.toString(), ctx.pointer());
    assertEquals(100, ctx.depth());
  }

  @Test
  void problemsInEncounterOrderWithTheirPointers() {
    DecodeContext ctx = new DecodeContext();
    assertFalse(ctx.hasProblems());
    assertEquals(List.of(), ctx.problems());
    ctx.problem("at root");
    ctx.push("b");
    ctx.problem("second");
    ctx.missing("x/y");
    ctx.pop();
    ctx.push("a");
    ctx.problem("third");
    assertTrue(ctx.hasProblems());
    assertEquals(
        List.of(
            new DecodeProblem("", "at root"),
            new DecodeProblem("/b", "second"),
            new DecodeProblem("/b/x~1y", "required property is missing"),
            new DecodeProblem("/a", "third")),
        ctx.problems());
  }

  @Test
  void problemsIsAnImmutableSnapshot() {
    DecodeContext ctx = new DecodeContext();
    ctx.problem("one");
    List<DecodeProblem> snapshot = ctx.problems();
    ctx.problem("two");
    assertEquals(1, snapshot.size());
    assertThrows(UnsupportedOperationException.class, () -> snapshot.add(snapshot.get(0)));
  }

  @Test
  void missingAtRoot() {
    DecodeContext ctx = new DecodeContext();
    ctx.missing("name");
    assertEquals(
        List.of(new DecodeProblem("/name", "required property is missing")), ctx.problems());
  }

  @Test
  void unknownListsAllowedAndSuggests() {
    DecodeContext ctx = new DecodeContext();
    ctx.push("config");
    ctx.unknown("intervall", List.of("name", "interval", "schedule"));
    ctx.unknown("zzz", List.of("name", "interval"));
    ctx.unknown("NAME", List.of("name", "interval"));
    ctx.unknown("x", List.of());
    assertEquals(
        List.of(
            new DecodeProblem(
                "/config/intervall",
                "unknown property; expected one of name, interval, schedule. Did you mean \"interval\"?"),
            new DecodeProblem("/config/zzz", "unknown property; expected one of name, interval"),
            new DecodeProblem(
                "/config/NAME",
                "unknown property; expected one of name, interval. Did you mean \"name\"?"),
            new DecodeProblem("/config/x", "unknown property; no properties are allowed here")),
        ctx.problems());
  }

  @Test
  void unknownAtTheMemberEnteredIsReportedLikeUnknownByName() {
    DecodeContext ctx = new DecodeContext();
    ctx.enableNotes();
    ctx.push("config");
    ctx.push("intervall");
    ctx.unknown(List.of("name", "interval"));
    ctx.unknownMember(List.of("name", "interval"));
    assertEquals("/config/intervall", ctx.pointer());
    ctx.pop();
    ctx.missing("interval");
    assertEquals(
        List.of(
            new DecodeProblem(
                "/config/intervall",
                "unknown property; expected one of name, interval. Did you mean \"interval\"?"),
            new DecodeProblem(
                "/config/interval",
                "required property is missing; found unknown property \"intervall\": did you mean"
                    + " \"interval\"?")),
        ctx.problems());
    assertEquals(
        List.of(
            new DecodeProblem(
                "/config/intervall", "unknown property, ignored; did you mean \"interval\"?")),
        ctx.notes());
  }

  @Test
  void unknownAtTheMemberNeedsAMember() {
    DecodeContext ctx = new DecodeContext();
    assertThrows(IllegalStateException.class, () -> ctx.unknown(List.of("a")));
    ctx.push(0);
    assertThrows(IllegalStateException.class, () -> ctx.unknown(List.of("a")));
    assertEquals("/0", ctx.pointer());
  }

  @Test
  void suggestionsPickTheClosestWithinTwoEdits() {
    assertEquals("start_date", Suggestions.closest("startdate", List.of("end_date", "start_date")));
    assertEquals("abc", Suggestions.closest("Abd", List.of("xyz", "abc", "abd2")));
    assertEquals("ab", Suggestions.closest("abcd", List.of("ab")));
    assertEquals(null, Suggestions.closest("abcde", List.of("ab")));
    assertEquals(null, Suggestions.closest("token", List.of("name", "interval")));
    assertEquals(3, Suggestions.distance("kitten", "sitting", 5));
    assertEquals(2, Suggestions.distance("kitten", "sitting", 2));
  }

  @Test
  void typeMismatchDescribesTheToken() throws IOException {
    assertEquals("expected a string, found a number 5", mismatch("a string", "5"));
    assertEquals("expected a string, found a number -1.5e3", mismatch("a string", "-1.5e3"));
    assertEquals("expected a string, found an object", mismatch("a string", "{\"a\":1}"));
    assertEquals("expected a string, found an array", mismatch("a string", "[1]"));
    assertEquals("expected a string, found true", mismatch("a string", "true"));
    assertEquals("expected a string, found false", mismatch("a string", "false"));
    assertEquals("expected a string, found null", mismatch("a string", "null"));
    assertEquals("expected a string, found a string \"abc\"", mismatch("a string", "\"abc\""));
    assertEquals(
        "expected a string, found a string \"q\\\"b\\\\s\\u000a\"",
        mismatch("a string", "\"q\\\"b\\\\s\\n\""));
  }

  @Test
  void longStringsAndNumbersAreAbbreviated() throws IOException {
    String forty = "a".repeat(40);
    assertEquals(
        "expected x, found a string \"" + forty + "\"", mismatch("x", "\"" + forty + "\""));
    String long41 = "b".repeat(41);
    assertEquals(
        "expected x, found a string \"" + "b".repeat(37) + "...\" (41 characters)",
        mismatch("x", "\"" + long41 + "\""));
    String digits = "1".repeat(50);
    assertEquals(
        "expected x, found a number " + "1".repeat(37) + "... (50 characters)",
        mismatch("x", digits));
  }

  @Test
  void abbreviationDoesNotSplitSurrogatePairs() {
    String text = "a".repeat(36) + "\uD83D\uDE00" + "z".repeat(10);
    assertEquals("\"" + "a".repeat(36) + "...\" (48 characters)", TokenDescriptions.quoted(text));
  }

  @Test
  void secretValuesAreNeverDescribed() throws IOException {
    String hidden = " (value hidden: the property is secret)";
    assertEquals(
        "expected a string, found a number" + hidden, secretMismatch("a string", "987654321"));
    assertEquals(
        "expected a number, found a string" + hidden,
        secretMismatch("a number", "\"s3cr3t-MARKER\""));
    assertEquals("expected a string, found a boolean" + hidden, secretMismatch("a string", "true"));
    assertEquals(
        "expected a string, found a boolean" + hidden, secretMismatch("a string", "false"));
    assertEquals(
        "expected a string, found an object" + hidden,
        secretMismatch("a string", "{\"k\":\"s3cr3t-MARKER\"}"));
    assertEquals(
        "expected a string, found an array" + hidden,
        secretMismatch("a string", "[\"s3cr3t-MARKER\"]"));
    assertEquals("expected a string, found null", secretMismatch("a string", "null"));
  }

  @Test
  void valuesInsideASecretStayHiddenUntilItIsLeft() throws IOException {
    try (JsonParser p = JsonFactories.factory().createParser("{\"a\":[987654321]}")) {
      DecodeContext ctx = new DecodeContext();
      assertFalse(ctx.inSecret());
      ctx.push("secret");
      ctx.enterSecret();
      p.nextToken(); // {
      ctx.push("a");
      ctx.enterSecret(); // a secret inside a secret: nesting counts
      p.nextToken();
      p.nextToken(); // [
      ctx.push(0);
      p.nextToken(); // 987654321
      ctx.typeMismatch("a string", p);
      ctx.textMismatch("\"x\"", "s3cr3t-MARKER");
      ctx.pop();
      ctx.exitSecret();
      assertTrue(ctx.inSecret());
      ctx.typeMismatch("a string", p);
      ctx.pop();
      ctx.exitSecret();
      ctx.pop();
      assertFalse(ctx.inSecret());
      ctx.typeMismatch("a string", p);
      ctx.textMismatch("\"x\"", "plain");
      assertEquals(
          List.of(
              new DecodeProblem(
                  "/secret/a/0",
                  "expected a string, found a number (value hidden: the property is secret)"),
              new DecodeProblem(
                  "/secret/a/0",
                  "expected \"x\", found a string (value hidden: the property is secret)"),
              new DecodeProblem(
                  "/secret/a",
                  "expected a string, found a number (value hidden: the property is secret)"),
              new DecodeProblem("", "expected a string, found a number 987654321"),
              new DecodeProblem("", "expected \"x\", found \"plain\"")),
          ctx.problems());
      assertThrows(IllegalStateException.class, ctx::exitSecret);
    }
  }

  @Test
  void foundDescribesOutsideSecretsAndHidesInside() throws IOException {
    try (JsonParser p = JsonFactories.factory().createParser("\"2024-01-02T03:04:05\"")) {
      p.nextToken();
      DecodeContext ctx = new DecodeContext();
      assertEquals("a string \"2024-01-02T03:04:05\"", ctx.found(p));
      ctx.enterSecret();
      assertEquals("a string (value hidden: the property is secret)", ctx.found(p));
    }
  }

  @Test
  void customFormatReadersDoNotEchoASecret() throws IOException {
    List<ValueReader<?>> readers =
        List.of(
            Codecs::readString,
            Codecs::readInt,
            Codecs::readLong,
            Codecs::readDouble,
            Codecs::readBigDecimal,
            Codecs::readBoolean,
            Codecs::readBytes,
            Codecs::readUuid,
            Codecs::readInstant,
            Codecs::readOffsetDateTime,
            Codecs::readLocalDate,
            Codecs::readLocalDateTime,
            Codecs::readLocalTime,
            Codecs::readDuration,
            (p, c) -> Codecs.readEnum(p, c, java.util.Map.of("a", 1), "\"a\""),
            Codecs::expectObject,
            Codecs::expectArray);
    List<String> values =
        List.of(
            "\"s3cr3t-MARKER\"",
            "\"1999-09-09T09:09:09s3cr3t-MARKER\"",
            "\"1999-09-09T09:09:09\"",
            "987654321",
            "9876543219876543219876543210.5",
            "true",
            "false",
            "{\"k\":\"s3cr3t-MARKER\",\"n\":987654321}",
            "[\"s3cr3t-MARKER\",987654321]");
    for (ValueReader<?> reader : readers) {
      for (String value : values) {
        try (JsonParser p = JsonFactories.factory().createParser(value)) {
          p.nextToken();
          DecodeContext ctx = new DecodeContext();
          ctx.push("secret");
          ctx.enterSecret();
          reader.read(p, ctx);
          ctx.exitSecret();
          for (DecodeProblem problem : ctx.problems()) {
            assertEquals("/secret", problem.pointer());
            assertTrue(problem.message().startsWith("expected "), problem.message());
            for (String marker : List.of("s3cr3t", "987654321", "1999", "true", "false")) {
              assertFalse(problem.message().contains(marker), problem.message());
            }
          }
        }
      }
    }
  }

  private static String secretMismatch(String expected, String json) throws IOException {
    try (JsonParser p = JsonFactories.factory().createParser(json)) {
      p.nextToken();
      DecodeContext ctx = new DecodeContext();
      ctx.push("password");
      ctx.enterSecret();
      ctx.typeMismatch(expected, p);
      ctx.exitSecret();
      ctx.pop();
      DecodeProblem problem = ctx.problems().get(0);
      assertEquals("/password", problem.pointer());
      return problem.message();
    }
  }

  private static String mismatch(String expected, String json) throws IOException {
    try (JsonParser p = JsonFactories.factory().createParser(json)) {
      p.nextToken();
      DecodeContext ctx = new DecodeContext();
      ctx.typeMismatch(expected, p);
      return ctx.problems().get(0).message();
    }
  }
}
