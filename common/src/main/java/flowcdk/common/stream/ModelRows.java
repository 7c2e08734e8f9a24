package flowcdk.common.stream;

import com.fasterxml.jackson.core.JsonGenerator;
import flowcdk.runtime.codec.Codecs;
import flowcdk.runtime.codec.DecodeException;
import flowcdk.runtime.codec.JsonCodec;
import flowcdk.runtime.json.JsonFactories;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows decoded into a model: each row becomes a JSON object, column name to cell, which the model's
 * codec decodes, so that problems name the row's line and the column (as a JSON pointer).
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
  private final ByteArrayOutputStream json = new ByteArrayOutputStream(256);

  // Once the names are known: the JSON name of each member and the column it takes its cell from.
  private String[] members;
  private int[] sources;
  private CellTypes.CellType[] memberTypes;

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
    json.reset();
    try (JsonGenerator g = JsonFactories.factory().createGenerator(json)) {
      g.writeStartObject();
      for (int i = 0; i < members.length; i++) {
        g.writeFieldName(members[i]);
        write(g, memberTypes[i], cells.get(sources[i]));
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return Codecs.decode(json.toByteArray(), codec, typeName);
    } catch (DecodeException e) {
      throw CsvMessages.model(line, e);
    }
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
    int member = 0;
    for (Map.Entry<String, Integer> entry : lastColumn.entrySet()) {
      members[member] = entry.getKey();
      sources[member] = entry.getValue();
      memberTypes[member] = types.type(entry.getKey());
      member++;
    }
  }

  private void write(JsonGenerator g, CellTypes.CellType type, String cell) throws IOException {
    if (nullSpellings.contains(cell)) {
      g.writeNull();
    } else if (type.string()) {
      g.writeString(cell);
    } else if (type.bool() && cell.equalsIgnoreCase("true")) {
      g.writeBoolean(true);
    } else if (type.bool() && cell.equalsIgnoreCase("false")) {
      g.writeBoolean(false);
    } else if (type.number() && JsonNumbers.isNumber(cell)) {
      g.writeNumber(cell);
    } else {
      g.writeString(cell);
    }
  }
}
