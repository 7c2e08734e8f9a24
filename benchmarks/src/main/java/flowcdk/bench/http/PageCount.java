package flowcdk.bench.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * What {@link PlainClient} reads of a page body: how many documents {@code items} holds and the
 * {@code next} page, or -1 when {@code next} is null. Parsed with jackson-core only as far as that
 * needs (each document is skipped, not read), which is the least any client must do with a page.
 *
 * @param documents the number of elements of {@code items}
 * @param next the next page, or -1 on the last page
 */
record PageCount(int documents, int next) {

  private static final JsonFactory FACTORY = new JsonFactory();

  /**
   * Counts the page in {@code body}.
   *
   * @throws IOException if the body is not JSON or not a page ({@code items} array, {@code next}
   *     number or null)
   */
  static PageCount parse(byte[] body) throws IOException {
    int documents = -1;
    int next = -1;
    boolean sawNext = false;
    try (JsonParser p = FACTORY.createParser(body)) {
      expect(p, p.nextToken() == JsonToken.START_OBJECT, "a JSON object");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("items")) {
          expect(p, value == JsonToken.START_ARRAY, "items to be an array");
          documents = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            p.skipChildren();
            documents++;
          }
        } else if (name.equals("next")) {
          expect(
              p,
              value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NULL,
              "next to be an integer or null");
          next = value == JsonToken.VALUE_NULL ? -1 : p.getIntValue();
          sawNext = true;
        } else {
          p.skipChildren();
        }
      }
    }
    if (documents < 0 || !sawNext) {
      throw new IOException("a page body needs both items and next");
    }
    return new PageCount(documents, next);
  }

  private static void expect(JsonParser p, boolean holds, String what) throws IOException {
    if (!holds) {
      throw new IOException(
          "expected "
              + what
              + " in a page body, found "
              + p.currentToken()
              + " at "
              + p.currentLocation());
    }
  }
}
