package flowcdk.runtime.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts documents per binding and, when asked every second or so, renders one progress line: each
 * binding's documents and documents per second since the previous line.
 */
final class Progress {

  private final List<String> names;
  private final AtomicLongArray documents;
  private final long[] reported;
  private long reportedAtNanos;

  /** Counters for the bindings named {@code names}, in binding order. */
  Progress(List<String> names, long startNanos) {
    this.names = List.copyOf(names);
    this.documents = new AtomicLongArray(names.size());
    this.reported = new long[names.size()];
    this.reportedAtNanos = startNanos;
  }

  /** Counts one document of binding {@code index}; safe from any thread. */
  void document(int index) {
    if (index >= 0 && index < documents.length()) {
      documents.incrementAndGet(index);
    }
  }

  /** Documents counted for binding {@code index}. */
  long documents(int index) {
    return documents.get(index);
  }

  /** The progress line at {@code nowNanos}; each call starts a new rate interval. */
  synchronized String line(long nowNanos) {
    double seconds = Math.max(1e-3, (nowNanos - reportedAtNanos) / 1e9);
    StringBuilder line = new StringBuilder("progress:");
    for (int i = 0; i < names.size(); i++) {
      long count = documents.get(i);
      line.append(i == 0 ? " " : ", ")
          .append(names.get(i))
          .append(' ')
          .append(count)
          .append(count == 1 ? " doc" : " docs")
          .append(String.format(Locale.ROOT, " (%.1f/s)", (count - reported[i]) / seconds));
      reported[i] = count;
    }
    reportedAtNanos = nowNanos;
    return line.toString();
  }

  /** The per-binding totals, such as {@code public.orders: 2, users: 0}. */
  String totals() {
    StringBuilder totals = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      totals.append(i == 0 ? "" : ", ").append(names.get(i)).append(": ").append(documents.get(i));
    }
    return totals.toString();
  }

  /** Prints {@link #line} to {@code err}. */
  void print(PrintStream err, long nowNanos) {
    err.println(line(nowNanos));
  }
}
