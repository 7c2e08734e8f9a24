package flowcdk.common.stream;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows as maps from column name to cell, in column order. A name given twice keeps its first
 * position and its last cell, as a Python dict built from the row does.
 */
public final class NamedRows implements CsvRowHandler<Map<String, String>> {

  private final CsvColumns columns;

  /** Rows named by {@code names}, or by the header row when {@code names} is null. */
  public NamedRows(List<String> names) {
    this.columns = new CsvColumns(names);
  }

  @Override
  public Map<String, String> row(List<String> cells, long line) {
    if (!columns.data(cells, line)) {
      return null;
    }
    List<String> names = columns.names();
    Map<String, String> row = new LinkedHashMap<>((int) (names.size() / 0.75f) + 1);
    for (int i = 0; i < cells.size(); i++) {
      row.put(names.get(i), cells.get(i));
    }
    return Collections.unmodifiableMap(row);
  }
}
