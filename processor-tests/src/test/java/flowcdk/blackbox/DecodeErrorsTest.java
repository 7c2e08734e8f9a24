package flowcdk.blackbox;

import static flowcdk.blackbox.Json.failure;
import static flowcdk.blackbox.Json.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import flowcdk.runtime.codec.DecodeException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One DecodeException lists every problem in a document, each by JSON pointer. */
class DecodeErrorsTest {

  private static final String BAD_CONFIG =
      "{\"port\":\"eighty\","
          + "\"credentials\":{\"credentials_title\":\"API Key\",\"api_key\":5},"
          + "\"start_date\":\"yesterday\","
          + "\"ids\":[1,\"two\",3.5],"
          + "\"byKey\":{\"a\":{\"x\":\"1\"},\"b/c\":{\"label\":7}},"
          + "\"others\":[{\"credentials_title\":\"Basic\"},{\"client_id\":\"x\"},"
          + "{\"credentials_title\":\"OAuth Credentials\",\"client_id\":[],\"client_secret\":null}],"
          + "\"color\":\"purple\","
          + "\"resource\":{\"name\":\"r\",\"intervall\":\"PT5M\"},"
          + "\"name\":null}";

  @Test
  void everyProblemIsListedByPointer() {
    assertEquals(
        List.of(
            "/port: expected an integer from -2147483648 to 2147483647, found a string \"eighty\"",
            "/credentials/api_key: expected a string, found a number 5",
            "/start_date: expected an RFC 3339 date-time such as 2024-01-02T03:04:05Z, found a string \"yesterday\"",
            "/ids/1: expected an integer from -2147483648 to 2147483647, found a string \"two\"",
            "/ids/2: expected an integer from -2147483648 to 2147483647, found a number 3.5",
            "/byKey/a/x: expected an integer from -2147483648 to 2147483647, found a string \"1\"",
            "/byKey/b~1c/label: expected a string, found a number 7",
            "/byKey/b~1c/x: required property is missing",
            "/others/0/credentials_title: expected one of \"OAuth Credentials\", \"API Key\", found \"Basic\"",
            "/others/1/credentials_title: required property is missing;"
                + " expected one of \"OAuth Credentials\", \"API Key\"",
            "/others/2/client_id: expected a string, found an array",
            "/others/2/client_secret: must not be null",
            "/color: expected one of \"RED\", \"green\", \"dark-blue\", found a string \"purple\"",
            "/resource/intervall: unknown property; expected one of name, interval, disable."
                + " Did you mean \"interval\"?",
            "/name: must not be null"),
        problems(EndpointConfigJson::decode, BAD_CONFIG));
  }

  @Test
  void theMessageNamesTheTypeAndListsEachProblemOnALine() {
    DecodeException e =
        failure(
            EndpointConfigJson::decode,
            "{\"port\":3000000000,\"credentials\":{\"credentials_title\":\"OAuth Credentials\",\"client_id\":\"c\"},"
                + "\"ids\":[null,\"1\"],\"resource\":{\"name\":\"r\",\"Name\":\"s\"}}");
    assertEquals("EndpointConfig", e.typeName());
    assertEquals(
        """
        5 problems decoding EndpointConfig:
         - /port: expected an integer from -2147483648 to 2147483647, found a number 3000000000
         - /credentials/client_secret: required property is missing
         - /ids/1: expected an integer from -2147483648 to 2147483647, found a string "1"
         - /resource/Name: unknown property; expected one of name, interval, disable. Did you mean "name"?
         - /name: required property is missing""",
        e.getMessage());
  }

  @Test
  void theWrongTypeAtTheTopIsOneProblem() {
    assertEquals(
        List.of("/: expected an object, found an array"),
        problems(EndpointConfigJson::decode, "[1]"));
    assertEquals(
        List.of("/: expected an object, found a string \"x\""),
        problems(EndpointConfigJson::decode, "\"x\""));
  }

  @Test
  void deepAndWideDocumentsStillDecodeToProblemsNotExceptions() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    List<String> found =
        problems(
            EndpointConfigJson::decode,
            "{\"name\":\"n\",\"port\":1,\"credentials\":{\"credentials_title\":\"API Key\",\"api_key\":\"k\"},"
                + "\"ids\":["
                + deep
                + "]}");
    assertEquals(
        List.of("/ids/0: expected an integer from -2147483648 to 2147483647, found an array"),
        found);
  }
}
