package flowcdk.common.stream;

/** Whether text is a number as JSON writes one. */
final class JsonNumbers {

  private JsonNumbers() {}

  /**
   * Whether {@code text} is exactly a JSON number: an optional minus, an integer part without
   * leading zeros, an optional fraction and an optional exponent; no spaces, no plus sign.
   */
  static boolean isNumber(String text) {
    int n = text.length();
    int i = 0;
    if (i < n && text.charAt(i) == '-') {
      i++;
    }
    if (i < n && text.charAt(i) == '0') {
      i++;
    } else {
      int start = i;
      i = digits(text, i);
      if (i == start || text.charAt(start) == '0') {
        return false;
      }
    }
    if (i < n && text.charAt(i) == '.') {
      int start = ++i;
      i = digits(text, i);
      if (i == start) {
        return false;
      }
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int start = i;
      i = digits(text, i);
      if (i == start) {
        return false;
      }
    }
    return i == n;
  }

  private static int digits(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /** Whether {@code number}, a JSON number, is an integer token: no fraction and no exponent. */
  static boolean isIntegral(String number) {
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c == '.' || c == 'e' || c == 'E') {
        return false;
      }
    }
    return true;
  }
}
