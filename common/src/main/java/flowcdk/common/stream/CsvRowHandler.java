package flowcdk.common.stream;

import java.util.List;

/**
 * Turns the rows a {@link CsvDecoder} reads into items: positional lists, named maps or models.
 *
 * @param <O> the item type
 */
public interface CsvRowHandler<O> {

  /**
   * The item for a row, or {@code null} for none (a header row).
   *
   * @param cells the row's cells, at least one; the handler owns the list
   * @param line the number of the physical line the row ends on (1-based)
   * @throws CsvFailure if the row is not acceptable
   */
  O row(List<String> cells, long line);
}
