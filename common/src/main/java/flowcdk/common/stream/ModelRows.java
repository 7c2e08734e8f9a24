package flowcdk.common.stream;

import com.fasterxml.jackson.core.JsonToken;
import flowcdk.runtime.codec.DecodeContext;
import flowcdk.runtime.codec.DecodeException;
import flowcdk.runtime.codec.JsonCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows decoded into a model: each row is read by the model's codec as a JSON object, column name to
 * cell, so that problems name the row's line and the column (as a JSON pointer). The row is never
 * written as JSON: a {@link RowParser} gives the codec the cells as the object's tokens.
 *
 * <p>A cell that is one of the null spellings becomes {@code null}. Otherwise a cell becomes a JSON
 * string, unless its property (per {@link CellTypes}) takes no string and the cell reads as what
 * the property takes: a JSON number for an {@code integer} or {@code number} property, {@code
 * true}/{@code false} (any case) for a {@code boolean} one. A cell that reads as neither stays a
 * string, which the codec then reports as a type mismatch at the column. A column given twice keeps
 * its last cell, as for named maps.
 *
 * @param <T> the model type
 */
public final class ModelRows<T> implements CsvRowHandler<T> {

  private final CsvColumns columns;
  private final JsonCodec<T> codec;
  private final String typeName;
  private final CellTypes types;
  private final Set<String> nullSpellings;
  private final RowParser row = new RowParser();

  // Once the names are known: the JSON name of each member and the column it takes its cell from.
  private String[] members;
  private int[] sources;
  private CellTypes.CellType[] memberTypes;
  // Each row's tokens and texts, one per member, reused from row to row.
  private JsonToken[] kinds;
  private String[] texts;

  /**
   * Rows named by {@code names} (or the header row when null) decoded with {@code codec}.
   *
   * @param typeName the model's name, for messages
   * @param types the model's property types
   * @param nullSpellings the cells that stand for null
   */
  public ModelRows(
      List<String> names,
      JsonCodec<T> codec,
      String typeName,
      CellTypes types,
      Set<String> nullSpellings) {
    this.columns = new CsvColumns(names);
    this.codec = codec;
    this.typeName = typeName;
    this.types = types;
    this.nullSpellings = Set.copyOf(nullSpellings);
  }

  @Override
  public T row(List<String> cells, long line) {
    if (!columns.data(cells, line)) {
      return null;
    }
    if (members == null) {
      plan(columns.names());
    }
    for (int i = 0; i < members.length; i++) {
      String cell = cells.get(sources[i]);
      texts[i] = cell;
      kinds[i] = kind(memberTypes[i], cell);
    }
    row.reset(members, kinds, texts, members.length);
    DecodeContext ctx = new DecodeContext();
    T value;
    try {
      row.nextToken();
      value = codec.read(row, ctx);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (value == null && !ctx.hasProblems()) {
      ctx.typeMismatch(typeName, row);
    }
    if (ctx.hasProblems()) {
      throw CsvMessages.model(line, new DecodeException(typeName, ctx.problems()));
    }
    return value;
  }

  /** One member per distinct name, in first-seen order, taking the last cell of that name. */
  private void plan(List<String> names) {
    // A LinkedHashMap keeps a key where it was first put and the value it was last given.
    Map<String, Integer> lastColumn = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      lastColumn.put(names.get(i), i);
    }
    members = new String[lastColumn.size()];
    sources = new int[lastColumn.size()];
    memberTypes = new CellTypes.CellType[lastColumn.size()];
    kinds = new JsonToken[lastColumn.size()];
    texts = new String[lastColumn.size()];
    int member = 0;
    for (Map.Entry<String, Integer> entry : lastColumn.entrySet()) {
      members[member] = entry.getKey();
      sources[member] = entry.getValue();
      memberTypes[member] = types.type(entry.getKey());
      member++;
    }
  }

  /** The JSON token a cell stands for, by its property's type. */
  private JsonToken kind(CellTypes.CellType type, String cell) {
    if (nullSpellings.contains(cell)) {
      return JsonToken.VALUE_NULL;
    } else if (type.string()) {
      return JsonToken.VALUE_STRING;
    } else if (type.bool() && cell.equalsIgnoreCase("true")) {
      return JsonToken.VALUE_TRUE;
    } else if (type.bool() && cell.equalsIgnoreCase("false")) {
      return JsonToken.VALUE_FALSE;
    } else if (type.number() && JsonNumbers.isNumber(cell)) {
      return JsonNumbers.isIntegral(cell)
          ? JsonToken.VALUE_NUMBER_INT
          : JsonToken.VALUE_NUMBER_FLOAT;
    } else {
      return JsonToken.VALUE_STRING;
    }
  }
}
