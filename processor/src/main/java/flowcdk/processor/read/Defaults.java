package flowcdk.processor.read;

import flowcdk.processor.diag.Messages;
import flowcdk.processor.diag.Report;
import flowcdk.processor.json.JsonText;
import flowcdk.processor.model.TypeRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;

/**
 * Checks a {@code @JsonProperty(defaultValue = "...")} against its property's type at compile time
 * and turns it into JSON text. Defaults are supported on scalar and enum properties (and their
 * {@code Optional}s); string-like values are written as they are, without JSON quotes.
 */
final class Defaults {

  private Defaults() {}

  /** ISO-8601 durations as the runtime reads them, incl. weeks, months (30 d) and years (365 d). */
  private static final Pattern DURATION =
      Pattern.compile(
          "-?P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?");

  static Optional<String> toJson(
      String owner, String property, TypeRef type, String value, Element anchor, Report report) {
    TypeRef target = type instanceof TypeRef.OptionalRef optional ? optional.value() : type;
    String expected = null;
    String json = null;
    if (target instanceof TypeRef.EnumRef enumRef) {
      if (enumRef.constants().stream().anyMatch(c -> c.jsonName().equals(value))) {
        json = quote(value);
      } else {
        expected =
            "one of " + enumRef.constants().stream().map(c -> "\"" + c.jsonName() + "\"").toList();
      }
    } else if (target instanceof TypeRef.Scalar scalar) {
      try {
        switch (scalar.kind()) {
          case STRING -> json = quote(value);
          case CHAR -> {
            expected = "a single character";
            json = value.length() == 1 ? quote(value) : null;
          }
          case BOOLEAN -> {
            expected = "true or false";
            json = value.equals("true") || value.equals("false") ? value : null;
          }
          case BYTE -> {
            expected = "an integer from -128 to 127";
            json = String.valueOf(Byte.parseByte(value));
          }
          case SHORT -> {
            expected = "an integer from -32768 to 32767";
            json = String.valueOf(Short.parseShort(value));
          }
          case INT -> {
            expected = "an int";
            json = String.valueOf(Integer.parseInt(value));
          }
          case LONG -> {
            expected = "a long";
            json = String.valueOf(Long.parseLong(value));
          }
          case BIG_INTEGER -> {
            expected = "an integer";
            json = new BigInteger(value).toString();
          }
          case FLOAT, DOUBLE, BIG_DECIMAL -> {
            expected = "a number";
            json = new BigDecimal(value).toString();
          }
          case INSTANT, OFFSET_DATE_TIME -> {
            expected = "an RFC 3339 date-time such as 2024-01-02T03:04:05Z";
            OffsetDateTime.parse(value);
            json = quote(value);
          }
          case LOCAL_DATE -> {
            expected = "a date such as 2024-01-02";
            LocalDate.parse(value);
            json = quote(value);
          }
          case LOCAL_DATE_TIME -> {
            expected = "a date-time without offset such as 2024-01-02T03:04:05";
            LocalDateTime.parse(value);
            json = quote(value);
          }
          case LOCAL_TIME -> {
            expected = "a time such as 03:04:05";
            LocalTime.parse(value);
            json = quote(value);
          }
          case DURATION -> {
            expected = "an ISO-8601 duration such as PT5M";
            json = DURATION.matcher(value).matches() ? quote(value) : null;
          }
          case UUID -> {
            expected = "a UUID";
            UUID.fromString(value);
            json = quote(value);
          }
          default -> expected = "supported: defaults apply to scalar and enum properties only";
        }
      } catch (RuntimeException e) {
        json = null;
      }
    } else {
      expected = "supported: defaults apply to scalar and enum properties only";
    }
    if (json == null) {
      report.error(anchor, Messages.badDefault(owner, property, value, expected));
      return Optional.empty();
    }
    return Optional.of(json);
  }

  /** {@code text} as a JSON string literal. */
  static String quote(String text) {
    return JsonText.quote(text);
  }
}
