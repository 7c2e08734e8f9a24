package flowcdk.example.resources;

import com.fasterxml.jackson.core.JsonGenerator;
import flowcdk.example.api.Column;
import flowcdk.example.api.RowJson;
import flowcdk.runtime.json.JsonFactories;
import flowcdk.runtime.json.RawJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Result rows as documents. */
final class Rows {

  private Rows() {}

  /** The current row of {@code rows} as a compact JSON document. */
  static RawJson document(ResultSet rows, List<Column> columns) throws SQLException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = JsonFactories.factory().createGenerator(out)) {
      RowJson.write(g, rows, columns);
    } catch (IOException e) {
      throw new UncheckedIOException("writing a row of " + columns.size() + " columns as JSON", e);
    }
    return RawJson.trusted(out.toByteArray());
  }
}
