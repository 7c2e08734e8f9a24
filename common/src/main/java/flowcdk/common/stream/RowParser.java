package flowcdk.common.stream;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.base.ParserMinimalBase;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * One CSV row as the tokens of a JSON object, {@code {"name": cell, ...}}, for a model's generated
 * codec to read straight from the cells: the row is never written as JSON and parsed again. Each
 * member's token is decided by {@link ModelRows} (string, number, boolean or null); a number's text
 * is a valid JSON number. Reused from row to row ({@link #reset}); not thread-safe.
 */
final class RowParser extends ParserMinimalBase {

  private String[] names = new String[0];
  private JsonToken[] kinds = new JsonToken[0];
  private String[] texts = new String[0];
  private int members;
  // 0: before the object; 1: on START_OBJECT; 2 + 2i: on member i's name; 3 + 2i: on its value;
  // 2 + 2 * members: on END_OBJECT; after that, no token.
  private int step;
  private final Context context = new Context();

  /** Starts the next row: member {@code i} is {@code names[i]} with token {@code kinds[i]}. */
  void reset(String[] names, JsonToken[] kinds, String[] texts, int members) {
    this.names = names;
    this.kinds = kinds;
    this.texts = texts;
    this.members = members;
    this.step = 0;
    this._currToken = null;
  }

  @Override
  public JsonToken nextToken() {
    step++;
    int end = 2 + 2 * members;
    if (step == 1) {
      _currToken = JsonToken.START_OBJECT;
    } else if (step < end) {
      _currToken = step % 2 == 0 ? JsonToken.FIELD_NAME : kinds[member()];
    } else if (step == end) {
      _currToken = JsonToken.END_OBJECT;
    } else {
      step = end + 1;
      _currToken = null;
    }
    return _currToken;
  }

  private int member() {
    return (step - 2) / 2;
  }

  private boolean onMember() {
    return step >= 2 && step < 2 + 2 * members;
  }

  @Override
  protected void _handleEOF() {}

  @Override
  public String getCurrentName() {
    return onMember() ? names[member()] : null;
  }

  @Override
  public String currentName() {
    return getCurrentName();
  }

  @Override
  public void close() {
    step = 3 + 2 * members;
    _currToken = null;
  }

  @Override
  public boolean isClosed() {
    return step > 2 + 2 * members;
  }

  @Override
  public JsonStreamContext getParsingContext() {
    return context;
  }

  @Override
  public JsonLocation getCurrentLocation() {
    return JsonLocation.NA;
  }

  @Override
  public JsonLocation getTokenLocation() {
    return JsonLocation.NA;
  }

  @Override
  public void overrideCurrentName(String name) {
    throw new UnsupportedOperationException("a CSV row's member names are its header's");
  }

  @Override
  public String getText() {
    if (_currToken == null) {
      return null;
    }
    return switch (_currToken) {
      case FIELD_NAME -> names[member()];
      case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> texts[member()];
      default -> _currToken.asString();
    };
  }

  @Override
  public char[] getTextCharacters() {
    String text = getText();
    return text == null ? null : text.toCharArray();
  }

  @Override
  public boolean hasTextCharacters() {
    return false;
  }

  @Override
  public int getTextLength() {
    String text = getText();
    return text == null ? 0 : text.length();
  }

  @Override
  public int getTextOffset() {
    return 0;
  }

  @Override
  public byte[] getBinaryValue(Base64Variant variant) throws IOException {
    throw _constructError("a CSV cell is not binary data");
  }

  @Override
  public ObjectCodec getCodec() {
    return null;
  }

  @Override
  public void setCodec(ObjectCodec codec) {
    throw new UnsupportedOperationException("a CSV row is read by generated codecs only");
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  private String number() throws IOException {
    if (_currToken != JsonToken.VALUE_NUMBER_INT && _currToken != JsonToken.VALUE_NUMBER_FLOAT) {
      throw _constructError("the current token (" + _currToken + ") is not a number");
    }
    return texts[member()];
  }

  @Override
  public Number getNumberValue() throws IOException {
    return switch (getNumberType()) {
      case INT -> getIntValue();
      case LONG -> getLongValue();
      case BIG_INTEGER -> getBigIntegerValue();
      default -> getDoubleValue();
    };
  }

  @Override
  public NumberType getNumberType() throws IOException {
    String text = number();
    if (_currToken == JsonToken.VALUE_NUMBER_FLOAT) {
      return NumberType.DOUBLE;
    }
    try {
      long value = Long.parseLong(text);
      return value == (int) value ? NumberType.INT : NumberType.LONG;
    } catch (NumberFormatException e) {
      return NumberType.BIG_INTEGER;
    }
  }

  @Override
  public int getIntValue() throws IOException {
    long value = getLongValue();
    if (value != (int) value) {
      reportOverflowInt();
    }
    return (int) value;
  }

  @Override
  public long getLongValue() throws IOException {
    String text = number();
    if (_currToken == JsonToken.VALUE_NUMBER_INT) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        reportOverflowLong();
      }
    }
    BigDecimal value = new BigDecimal(text);
    try {
      return value.toBigInteger().longValueExact();
    } catch (ArithmeticException e) {
      reportOverflowLong();
      return 0;
    }
  }

  @Override
  public BigInteger getBigIntegerValue() throws IOException {
    String text = number();
    return _currToken == JsonToken.VALUE_NUMBER_INT
        ? new BigInteger(text)
        : new BigDecimal(text).toBigInteger();
  }

  @Override
  public float getFloatValue() throws IOException {
    return Float.parseFloat(number());
  }

  @Override
  public double getDoubleValue() throws IOException {
    return Double.parseDouble(number());
  }

  @Override
  public BigDecimal getDecimalValue() throws IOException {
    return new BigDecimal(number());
  }

  /** Where the reader is: inside the row's object (naming the current member) or outside it. */
  private final class Context extends JsonStreamContext {

    Context() {
      _type = TYPE_OBJECT;
    }

    @Override
    public JsonStreamContext getParent() {
      return null;
    }

    @Override
    public String getCurrentName() {
      return RowParser.this.getCurrentName();
    }
  }
}
