package flowcdk.testing;

import java.util.Comparator;

/**
 * The order of document keys as {@code CaptureSessions} prints them: key parts (joined with {@code
 * /}) compared one by one, numerically when both are whole numbers ({@code 9} before {@code 10}),
 * as text otherwise.
 */
final class KeyOrder implements Comparator<String> {

  /** The one instance. */
  static final KeyOrder INSTANCE = new KeyOrder();

  private KeyOrder() {}

  @Override
  public int compare(String left, String right) {
    String[] a = left.split("/", -1);
    String[] b = right.split("/", -1);
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      int order = part(a[i], b[i]);
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(a.length, b.length);
  }

  private static int part(String a, String b) {
    if (a.matches("-?\\d{1,18}") && b.matches("-?\\d{1,18}")) {
      return Long.compare(Long.parseLong(a), Long.parseLong(b));
    }
    return a.compareTo(b);
  }
}
