package flowcdk.runtime.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Exact integer values of JSON number tokens, including integral ones written as {@code 5.0}. */
final class Integers {

  private Integers() {}

  /**
   * The current number token's exact integer value, or {@code null} if the token is not a number,
   * has a fractional part, or has more than {@code maxDigits} integer digits (so that {@code
   * 1e999999999} is refused before it is expanded).
   */
  static BigInteger integral(JsonParser p, int maxDigits) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      BigInteger value = p.getBigIntegerValue();
      return value.abs().toString().length() <= maxDigits ? value : null;
    }
    if (token != JsonToken.VALUE_NUMBER_FLOAT) {
      return null;
    }
    BigDecimal value = p.getDecimalValue();
    if (value.signum() == 0) {
      return BigInteger.ZERO;
    }
    value = value.stripTrailingZeros();
    if (value.scale() > 0 || value.precision() - value.scale() > maxDigits) {
      return null;
    }
    return value.toBigIntegerExact();
  }

  /** {@link #integral} as a long within {@code [min, max]}, or {@code null}. */
  static Long inRange(JsonParser p, long min, long max) throws IOException {
    BigInteger value = integral(p, 20);
    if (value == null || value.bitLength() > 63) {
      return null;
    }
    long exact = value.longValue();
    return exact >= min && exact <= max ? exact : null;
  }
}
