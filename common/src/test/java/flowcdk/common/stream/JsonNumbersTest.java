package flowcdk.common.stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which cells are JSON numbers, and so become numbers for numeric properties. */
class JsonNumbersTest {

  @Test
  void jsonNumbersAre() {
    for (String number : List.of("0", "-0", "42", "-17", "1.5", "0.25", "1e3", "1E+3", "-2.5e-7")) {
      assertTrue(JsonNumbers.isNumber(number), number);
    }
  }

  @Test
  void integersHaveNeitherFractionNorExponent() {
    for (String number : List.of("0", "-0", "42", "-17", "99999999999999999999")) {
      assertTrue(JsonNumbers.isIntegral(number), number);
    }
    for (String number : List.of("1.5", "1e3", "1E+3", "-2.5e-7", "10.0")) {
      assertFalse(JsonNumbers.isIntegral(number), number);
    }
  }

  @Test
  void anythingElseIsNot() {
    for (String text :
        List.of(
            "",
            "-",
            "+1",
            "01",
            "007",
            ".5",
            "1.",
            "1e",
            "1e+",
            " 1",
            "1 ",
            "1,000",
            "0x10",
            "NaN",
            "Infinity",
            "1.5.0",
            "--1",
            "1e3.5")) {
      assertFalse(JsonNumbers.isNumber(text), text);
    }
  }
}
