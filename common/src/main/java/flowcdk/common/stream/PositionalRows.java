package flowcdk.common.stream;

import java.util.Collections;
import java.util.List;

/** Rows as they are: lists of cells, of any width. */
public final class PositionalRows implements CsvRowHandler<List<String>> {

  @Override
  public List<String> row(List<String> cells, long line) {
    return Collections.unmodifiableList(cells);
  }
}
