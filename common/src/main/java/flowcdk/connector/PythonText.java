package flowcdk.connector;

import flowcdk.connector.state.LogCursor;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Values rendered as Python's {@code str()} renders them, for error messages that match the Python
 * CDK's ({@code 2024-05-01 12:00:00+00:00}, {@code ('abc',)}, {@code 7}).
 */
final class PythonText {

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private PythonText() {}

  /** A log cursor as Python prints it. */
  static String cursor(LogCursor cursor) {
    if (cursor instanceof LogCursor.At at) {
      var time = at.instant().atOffset(ZoneOffset.UTC);
      String text = SECONDS.format(time);
      if (time.getNano() != 0) {
        text += String.format(".%06d", time.getNano() / 1000);
      }
      return text + "+00:00";
    }
    return cursor.toString(); // offsets print as integers, tokens as ('abc',) or (7,)
  }
}
