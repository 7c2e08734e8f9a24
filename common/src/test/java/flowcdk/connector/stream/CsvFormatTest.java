package flowcdk.connector.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dialect: Python's defaults, withers, checks and the description used in messages. */
class CsvFormatTest {

  @Test
  void theDefaultsArePythons() {
    CsvFormat format = CsvFormat.DEFAULT;
    assertEquals(',', format.delimiter());
    assertEquals(Optional.of('"'), format.quoteChar());
    assertEquals(Optional.empty(), format.escapeChar());
    assertEquals(true, format.doubleQuote());
    assertEquals(false, format.skipInitialSpace());
    assertEquals(true, format.strict());
    assertEquals(StandardCharsets.UTF_8, format.charset());
    assertEquals(
        "delimiter=',', quoteChar='\"', escapeChar=none, doubleQuote=true,"
            + " skipInitialSpace=false, strict=true, charset=UTF-8",
        format.toString());
  }

  @Test
  void eachWitherChangesOneSettingAndTheDescriptionShowsItAsJavaWould() {
    CsvFormat format =
        CsvFormat.DEFAULT
            .withDelimiter('\t')
            .withQuoteChar('\'')
            .withEscapeChar('\\')
            .withDoubleQuote(false)
            .withSkipInitialSpace(true)
            .withStrict(false)
            .withCharset(StandardCharsets.UTF_16LE);
    assertEquals(
        new CsvFormat(
            '\t',
            Optional.of('\''),
            Optional.of('\\'),
            false,
            true,
            false,
            StandardCharsets.UTF_16LE),
        format);
    assertEquals(
        "delimiter='\\t', quoteChar='\\'', escapeChar='\\\\', doubleQuote=false,"
            + " skipInitialSpace=true, strict=false, charset=UTF-16LE",
        format.toString());
    assertEquals(
        "delimiter='|', quoteChar=none, escapeChar=none, doubleQuote=true,"
            + " skipInitialSpace=false, strict=true, charset=ISO-8859-1",
        CsvFormat.DEFAULT
            .withDelimiter('|')
            .withoutQuoting()
            .withEscapeChar('\\')
            .withoutEscapeChar()
            .withCharset(StandardCharsets.ISO_8859_1)
            .toString());
    assertEquals(
        "delimiter='\\u001f', quoteChar='\\u00a0', escapeChar='\\u2028', doubleQuote=true,"
            + " skipInitialSpace=false, strict=true, charset=UTF-8",
        CsvFormat.DEFAULT
            .withDelimiter('\u001f')
            .withQuoteChar('\u00a0')
            .withEscapeChar('\u2028')
            .toString(),
        "unprintable characters are escaped");
  }

  @Test
  void clashingCharactersAreRefusedNamingBothSettingsAndTheFix() {
    assertEquals(
        "CSV format: delimiter and quoteChar are both '\"', so a field could not tell them apart;"
            + " give them different characters",
        assertThrows(IllegalArgumentException.class, () -> CsvFormat.DEFAULT.withDelimiter('"'))
            .getMessage());
    assertEquals(
        "CSV format: delimiter and escapeChar are both ',', so a field could not tell them apart;"
            + " give them different characters",
        assertThrows(IllegalArgumentException.class, () -> CsvFormat.DEFAULT.withEscapeChar(','))
            .getMessage());
    assertEquals(
        "CSV format: quoteChar and escapeChar are both '\"', so a field could not tell them apart;"
            + " give them different characters",
        assertThrows(IllegalArgumentException.class, () -> CsvFormat.DEFAULT.withEscapeChar('"'))
            .getMessage());
    assertEquals(
        "CSV format: delimiter is '\\n', a line break, which always ends a row; choose another"
            + " character",
        assertThrows(IllegalArgumentException.class, () -> CsvFormat.DEFAULT.withDelimiter('\n'))
            .getMessage());
    assertEquals(
        "CSV format: quoteChar is '\\r', a line break, which always ends a row; choose another"
            + " character",
        assertThrows(IllegalArgumentException.class, () -> CsvFormat.DEFAULT.withQuoteChar('\r'))
            .getMessage());
    // Without quoting, the quote character cannot clash.
    assertEquals(
        Optional.of('"'), CsvFormat.DEFAULT.withoutQuoting().withEscapeChar('"').escapeChar());
  }
}
