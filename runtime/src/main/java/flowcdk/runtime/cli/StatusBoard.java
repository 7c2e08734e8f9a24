package flowcdk.runtime.cli;

import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the live view shows for each binding of a preview: its phase (backfill, incremental,
 * snapshot), documents, documents per second, last cursor and errors, followed from the documents,
 * the checkpoints (the strategies' state in the Python CDK's shapes) and the log lines. Renders as
 * a few lines of text fitted to a width. Thread-safe: every method locks the board.
 */
final class StatusBoard {

  /** How long documents are counted for the rate: since a sample at most two seconds old. */
  private static final long RATE_WINDOW_NANOS = 2_000_000_000L;

  private final List<String> names;
  private final List<String> stateKeys;
  private final Row[] rows;
  private final long startNanos;
  private long checkpoints;

  /** One binding's status. */
  private static final class Row {
    long documents;
    long errors;
    String phase = "starting";
    String cursor = "";
    long sampleDocuments;
    long sampleNanos;
    double rate;
  }

  /**
   * A board for bindings {@code names}, whose states sit under {@code stateKeys} (same order) in
   * the checkpoints' {@code bindingStateV1}.
   */
  StatusBoard(List<String> names, List<String> stateKeys, long startNanos) {
    this.names = List.copyOf(names);
    this.stateKeys = List.copyOf(stateKeys);
    this.startNanos = startNanos;
    this.rows = new Row[names.size()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new Row();
      rows[i].sampleNanos = startNanos;
    }
  }

  /** Counts a document of binding {@code index}. */
  synchronized void document(int index) {
    if (index >= 0 && index < rows.length) {
      rows[index].documents++;
    }
  }

  /** Follows a checkpoint's state update: each binding's phase and cursor. */
  synchronized void checkpoint(RawJson updated) {
    checkpoints++;
    if (!(JsonValues.read(updated) instanceof Map<?, ?> root)
        || !(root.get("bindingStateV1") instanceof Map<?, ?> states)) {
      return;
    }
    for (Map.Entry<?, ?> entry : states.entrySet()) {
      int index = binding(String.valueOf(entry.getKey()));
      if (index >= 0 && entry.getValue() instanceof Map<?, ?> state) {
        follow(rows[index], state);
      }
    }
  }

  /** Counts an error or warning log line from {@code source} ({@code flow.capture.<name>...}). */
  synchronized void problem(String source) {
    for (int i = 0; i < names.size(); i++) {
      String prefix = "flow.capture." + names.get(i);
      if (source.equals(prefix) || source.startsWith(prefix + ".")) {
        rows[i].errors++;
        return;
      }
    }
  }

  /** The board as lines of at most {@code width} characters, at {@code nowNanos}. */
  synchronized List<String> render(long nowNanos, int width) {
    long total = 0;
    double totalRate = 0;
    for (Row row : rows) {
      long elapsed = nowNanos - row.sampleNanos;
      if (elapsed > 0) {
        row.rate = (row.documents - row.sampleDocuments) * 1e9 / elapsed;
      }
      if (elapsed >= RATE_WINDOW_NANOS) {
        row.sampleDocuments = row.documents;
        row.sampleNanos = nowNanos;
      }
      total += row.documents;
      totalRate += row.rate;
    }
    int nameWidth = 7;
    for (String name : names) {
      nameWidth = Math.max(nameWidth, Math.min(name.length(), 30));
    }
    List<String> lines = new ArrayList<>();
    long seconds = (nowNanos - startNanos) / 1_000_000_000L;
    lines.add(
        fit(
            String.format(
                Locale.ROOT,
                "preview %d:%02d  %d %s (%.1f/s)  %d %s",
                seconds / 60,
                seconds % 60,
                total,
                total == 1 ? "document" : "documents",
                totalRate,
                checkpoints,
                checkpoints == 1 ? "checkpoint" : "checkpoints"),
            width));
    String format = "%-" + nameWidth + "s  %-11s %9s %9s  %6s  %s";
    lines.add(
        fit(
            String.format(
                Locale.ROOT, format, "binding", "phase", "docs", "docs/s", "errors", "last cursor"),
            width));
    for (int i = 0; i < rows.length; i++) {
      Row row = rows[i];
      lines.add(
          fit(
              String.format(
                  Locale.ROOT,
                  format,
                  fit(names.get(i), nameWidth),
                  row.phase,
                  row.documents,
                  String.format(Locale.ROOT, "%.1f", row.rate),
                  row.errors,
                  row.cursor),
              width));
    }
    return lines;
  }

  private int binding(String stateKey) {
    for (int i = 0; i < stateKeys.size(); i++) {
      String key = stateKeys.get(i);
      if (stateKey.equals(key) || stateKey.startsWith(key + "/")) {
        return i;
      }
    }
    return -1;
  }

  /** The phase and cursor a binding's state update shows. */
  private static void follow(Row row, Map<?, ?> state) {
    if (state.containsKey("inc") && state.get("inc") instanceof Map<?, ?> inc) {
      row.cursor = text(inc.get("cursor"));
      row.phase = "backfill".equals(row.phase) ? row.phase : "incremental";
    }
    if (state.containsKey("backfill")) {
      if (state.get("backfill") instanceof Map<?, ?> backfill) {
        row.phase = "backfill";
        Object page = backfill.get("next_page");
        row.cursor = page == null ? "first page" : "page " + text(page);
      } else {
        row.phase = "incremental";
      }
    }
    if (state.get("snapshot") instanceof Map<?, ?> snapshot) {
      row.phase = "snapshot";
      row.cursor =
          text(snapshot.get("last_count")) + " rows at " + text(snapshot.get("updated_at"));
    }
  }

  private static String text(Object value) {
    return value instanceof Map<?, ?> || value instanceof List<?>
        ? JsonValues.toRawJson(value).toString()
        : String.valueOf(value);
  }

  private static String fit(String line, int width) {
    return line.length() <= width ? line : line.substring(0, Math.max(0, width - 1)) + "~";
  }
}
