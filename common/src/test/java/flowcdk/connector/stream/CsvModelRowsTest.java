package flowcdk.connector.stream;

import static flowcdk.connector.stream.CsvRowsTest.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import flowcdk.connector.stream.CsvRowsTest.Outcome;
import flowcdk.runtime.codec.DecodeException;
import flowcdk.runtime.codec.DecodeProblem;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Named rows decoded into a @Model: cells converted by the model's property types. */
class CsvModelRowsTest {

  private static final String HEADER = "id,name,quantity,price,amount,refunded,created_at,note\n";

  private static Outcome<Sale> sales(CsvModelRows<Sale> reader, String rows) {
    return readAll(reader.iterator((HEADER + rows).getBytes(StandardCharsets.UTF_8)));
  }

  private static CsvModelRows<Sale> reader() {
    return CsvRows.named(CsvFormat.DEFAULT).as(SaleJson.INSTANCE);
  }

  @Test
  void cellsBecomeNumbersBooleansAndStringsAsTheModelsPropertiesAre() {
    Outcome<Sale> outcome =
        sales(
            reader(),
            """
            1,Widget,3,9.5,10.25,TRUE,2024-01-02T03:04:05Z,ignored
            2,007,-4,1e3,-0.5,false,2024-01-02T03:04:05.5+01:00,x
            """);
    assertEquals(
        List.of(
            new Sale(
                1,
                "Widget",
                3,
                9.5,
                new BigDecimal("10.25"),
                true,
                Instant.parse("2024-01-02T03:04:05Z")),
            new Sale(
                2,
                "007",
                -4,
                1000.0,
                new BigDecimal("-0.5"),
                false,
                Instant.parse("2024-01-02T02:04:05.5Z"))),
        outcome.rows());
    assertEquals(null, outcome.failure());
  }

  @Test
  void theEmptyCellIsNullByDefault() {
    assertEquals(
        new Outcome<>(List.of(new Sale(7, null, null, null, null, null, null)), null),
        sales(reader(), "7,,,,,,,\n"));
  }

  @Test
  void nullSpellingsAreConfigurable() {
    CsvModelRows<Sale> reader = reader().nullSpellings(Set.of("", "NULL"));
    assertEquals(
        new Outcome<>(
            List.of(
                new Sale(8, null, null, null, null, null, null),
                new Sale(9, "null", null, null, null, null, null)),
            null),
        sales(reader, "8,NULL,NULL,NULL,,NULL,NULL,NULL\n9,null,,,,,,\n"));
    assertEquals(
        new Outcome<>(List.of(new Sale(10, "", null, null, null, null, null)), null),
        sales(reader().nullSpellings(Set.of("N/A")), "10,,N/A,N/A,N/A,N/A,N/A,\n"),
        "without the empty spelling, an empty cell is an empty string");
  }

  @Test
  void aCellThatIsNotItsPropertysTypeFailsNamingTheRowAndColumns() {
    Outcome<Sale> outcome =
        sales(
            reader(),
            "1,ok,1,1,1,true,2024-01-02T03:04:05Z,\n2,bad,many,1.5.0,\"1,000\",yes,then,x\n");
    assertEquals(1, outcome.rows().size());
    assertEquals(
        "CSV row 3 does not decode into Sale (pointers name columns): 5 problems decoding Sale:\n"
            + " - /quantity: expected an integer from -2147483648 to 2147483647, found a string"
            + " \"many\"\n"
            + " - /price: expected a number, found a string \"1.5.0\"\n"
            + " - /amount: expected a decimal number or a string holding one, found a string"
            + " \"1,000\"\n"
            + " - /refunded: expected a boolean, found a string \"yes\"\n"
            + " - /created_at: expected an RFC 3339 date-time such as 2024-01-02T03:04:05Z, found"
            + " a string \"then\"",
        outcome.failure());
  }

  @Test
  void aMissingOrNullRequiredPropertyFails() {
    assertEquals(
        "CSV row 2 does not decode into Sale (pointers name columns): 1 problem decoding Sale:\n"
            + " - /id: required property is missing",
        readAll(reader().iterator("name\nx\n".getBytes(StandardCharsets.UTF_8))).failure());
    assertEquals(
        "CSV row 2 does not decode into Sale (pointers name columns): 1 problem decoding Sale:\n"
            + " - /id: must not be null",
        readAll(reader().iterator("id,name\n,x\n".getBytes(StandardCharsets.UTF_8))).failure());
  }

  @Test
  void theDecodeProblemsAreTheCause() {
    CloseableIterator<Sale> rows =
        reader().iterator("id,quantity\n1,x\n".getBytes(StandardCharsets.UTF_8));
    CsvException e = assertThrows(CsvException.class, rows::hasNext);
    DecodeException cause = assertInstanceOf(DecodeException.class, e.getCause());
    assertEquals("Sale", cause.typeName());
    assertEquals(
        List.of("/quantity"), cause.problems().stream().map(DecodeProblem::pointer).toList());
  }

  @Test
  void givenFieldNamesWorkForModelsToo() {
    assertEquals(
        new Outcome<>(List.of(new Sale(5, "w", 2, null, null, null, null)), null),
        readAll(
            CsvRows.named(CsvFormat.DEFAULT, List.of("id", "name", "quantity"))
                .as(SaleJson.INSTANCE)
                .iterator("5,w,2\n".getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void columnCountsAreCheckedBeforeDecoding() {
    assertEquals(
        "CSV row 2 has 2 columns but 8 were expected.", sales(reader(), "1,x\n").failure());
  }
}
