package flowcdk.blackbox;

import static flowcdk.blackbox.Json.decode;
import static flowcdk.blackbox.Json.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BigDecimal and BigInteger. */
class NumbersTest {

  @Test
  void decimalsKeepTheirScale() {
    Numbers value =
        new Numbers(new BigDecimal("12.50"), new BigInteger("123456789012345678901234567890"));
    String json = "{\"decimal\":12.50,\"integer\":123456789012345678901234567890}";
    assertEquals(json, NumbersJson.encode(value).toString());
    Numbers read = decode(NumbersJson::decode, json);
    assertEquals(value, read);
    assertEquals(2, read.decimal().scale());
  }

  @Test
  void decimalsAreWrittenInPlainNotation() {
    assertEquals(
        "{\"decimal\":1000}",
        NumbersJson.encode(new Numbers(new BigDecimal("1E+3"), null)).toString());
    assertEquals(
        "{\"decimal\":-0.000001}",
        NumbersJson.encode(new Numbers(new BigDecimal("-1E-6"), null)).toString());
  }

  @Test
  void decimalsAsStringsAreAccepted() {
    // The Python CDK writes Decimal values as JSON strings.
    assertEquals(
        new BigDecimal("0.10"), decode(NumbersJson::decode, "{\"decimal\":\"0.10\"}").decimal());
    assertEquals(
        new BigDecimal("-1E+3"), decode(NumbersJson::decode, "{\"decimal\":\"-1E+3\"}").decimal());
    assertEquals(
        new BigDecimal("1e400"), decode(NumbersJson::decode, "{\"decimal\":1e400}").decimal());
  }

  @Test
  void integersBeyondLong() {
    BigInteger big = BigInteger.TWO.pow(200).negate();
    Numbers value = new Numbers(null, big);
    String json = "{\"integer\":" + big + "}";
    assertEquals(json, NumbersJson.encode(value).toString());
    assertEquals(value, decode(NumbersJson::decode, json));
    assertEquals(
        BigInteger.valueOf(1000), decode(NumbersJson::decode, "{\"integer\":1e3}").integer());
  }

  @Test
  void wrongNumbersAreProblems() {
    assertEquals(
        List.of(
            "/decimal: expected a decimal number or a string holding one, found a string \"NaN\"",
            "/integer: expected an integer, found a number 1.5"),
        problems(NumbersJson::decode, "{\"decimal\":\"NaN\",\"integer\":1.5}"));
  }

  @Test
  void hostileNumbersAreProblemsNotExceptions() {
    assertEquals(
        List.of("/integer: expected an integer, found a number 1e1000000000"),
        problems(NumbersJson::decode, "{\"integer\":1e1000000000}"));
    assertEquals(
        List.of(
            "/port: expected an integer from -2147483648 to 2147483647, found a number 1e1000000000",
            "/ids/0: expected an integer from -2147483648 to 2147483647, found a number 1e-1000000000"),
        problems(
            EndpointConfigJson::decode,
            "{\"name\":\"n\",\"credentials\":{\"credentials_title\":\"API Key\","
                + "\"api_key\":\"k\"},\"port\":1e1000000000,\"ids\":[1e-1000000000]}"));
  }
}
