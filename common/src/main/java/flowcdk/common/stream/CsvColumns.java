package flowcdk.common.stream;

import java.util.List;

/**
 * The column names of named rows, from the header (the first row that is not blank) or given, and
 * the check that every data row has as many cells as there are names.
 */
final class CsvColumns {

  private List<String> names;

  /** Columns named by {@code names}, or by the header row when {@code names} is null. */
  CsvColumns(List<String> names) {
    this.names = names == null ? null : List.copyOf(names);
  }

  /**
   * Whether {@code cells} is a data row: false for the header row, which names the columns.
   *
   * @throws CsvFailure if a data row's width is not the header's
   */
  boolean data(List<String> cells, long line) {
    if (names == null) {
      names = List.copyOf(cells);
      return false;
    }
    if (cells.size() != names.size()) {
      throw CsvMessages.columns(line, cells.size(), names.size());
    }
    return true;
  }

  /** The names, once known. */
  List<String> names() {
    return names;
  }
}
