package flowcdk.common.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser.NumberType;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A CSV row as JSON tokens: the sequence, the texts, and numbers as a JSON parser gives them. */
class RowParserTest {

  private final RowParser row = new RowParser();

  private void reset(Object... memberKindText) {
    int n = memberKindText.length / 3;
    String[] names = new String[n];
    JsonToken[] kinds = new JsonToken[n];
    String[] texts = new String[n];
    for (int i = 0; i < n; i++) {
      names[i] = (String) memberKindText[3 * i];
      kinds[i] = (JsonToken) memberKindText[3 * i + 1];
      texts[i] = (String) memberKindText[3 * i + 2];
    }
    row.reset(names, kinds, texts, n);
  }

  @Test
  void aRowIsOneObjectOfItsMembers() {
    reset(
        "a",
        JsonToken.VALUE_STRING,
        "x",
        "b",
        JsonToken.VALUE_NULL,
        "",
        "c",
        JsonToken.VALUE_TRUE,
        "TRUE");
    List<String> seen = new ArrayList<>();
    for (JsonToken token = row.nextToken(); token != null; token = row.nextToken()) {
      seen.add(token + " " + row.getText() + " " + row.currentName());
    }
    assertEquals(
        List.of(
            "START_OBJECT { null",
            "FIELD_NAME a a",
            "VALUE_STRING x a",
            "FIELD_NAME b b",
            "VALUE_NULL null b",
            "FIELD_NAME c c",
            "VALUE_TRUE true c",
            "END_OBJECT } null"),
        seen);
    assertNull(row.nextToken());
    assertNull(row.nextToken(), "and stays at the end");

    // Reused for the next row, from its start.
    reset();
    assertEquals(JsonToken.START_OBJECT, row.nextToken());
    assertEquals(JsonToken.END_OBJECT, row.nextToken());
  }

  private RowParser onNumber(JsonToken kind, String text) {
    reset("n", kind, text);
    row.nextToken();
    row.nextToken();
    row.nextToken();
    return row;
  }

  @Test
  void integersAreTypedByTheirSizeAsJacksonTypesThem() throws IOException {
    assertEquals(NumberType.INT, onNumber(JsonToken.VALUE_NUMBER_INT, "-17").getNumberType());
    assertEquals(-17, row.getIntValue());
    assertEquals(-17L, row.getLongValue());
    assertEquals(
        NumberType.LONG, onNumber(JsonToken.VALUE_NUMBER_INT, "4294967296").getNumberType());
    assertEquals(4294967296L, row.getLongValue());
    assertThrows(InputCoercionException.class, row::getIntValue);
    assertEquals(
        NumberType.BIG_INTEGER,
        onNumber(JsonToken.VALUE_NUMBER_INT, "99999999999999999999").getNumberType());
    assertEquals(new BigInteger("99999999999999999999"), row.getBigIntegerValue());
    assertThrows(InputCoercionException.class, row::getLongValue);
  }

  @Test
  void fractionsAreDoublesOrExactDecimals() throws IOException {
    assertEquals(
        NumberType.DOUBLE, onNumber(JsonToken.VALUE_NUMBER_FLOAT, "2.5e-1").getNumberType());
    assertEquals(0.25, row.getDoubleValue());
    assertEquals(new BigDecimal("2.5e-1"), row.getDecimalValue());
    assertEquals("2.5e-1", row.getText());
    assertEquals(0.25, row.getNumberValue());
    assertThrows(IOException.class, () -> onNumber(JsonToken.VALUE_STRING, "x").getDoubleValue());
  }
}
