package flowcdk.connector.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How bodies are shown in messages: Python's backslashreplace, cut after 4096 characters. */
class BodyTextTest {

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  @Test
  void validUtf8IsShownAsItIs() {
    assertEquals("héllo € 😀", BodyText.decode("héllo € 😀".getBytes(StandardCharsets.UTF_8)));
    assertEquals("", BodyText.decode(new byte[0]));
  }

  @Test
  void invalidBytesAreEscapedOneByOne() {
    // A stray continuation byte, a truncated sequence, an overlong encoding, a lone surrogate.
    assertEquals("a\\x80b", BodyText.decode(bytes('a', 0x80, 'b')));
    assertEquals("\\xe2\\x82", BodyText.decode(bytes(0xe2, 0x82)));
    assertEquals("\\xc0\\xaf", BodyText.decode(bytes(0xc0, 0xaf)));
    assertEquals("\\xed\\xa0\\x80", BodyText.decode(bytes(0xed, 0xa0, 0x80)));
    assertEquals("x\\xff", BodyText.decode(bytes('x', 0xff)));
  }

  @Test
  void longBodiesAreCutWithANoteOfTheBytesLeftOut() {
    String text = "0123456789".repeat(500);
    assertEquals(
        text.substring(0, 4096) + "… (904 more bytes)",
        BodyText.decode(text.getBytes(StandardCharsets.UTF_8), BodyText.MAX_CHARS));
    String exact = "x".repeat(4096);
    assertEquals(exact, BodyText.decode(exact.getBytes(StandardCharsets.UTF_8), 4096));
  }

  @Test
  void theErrorShowsTheCutBody() {
    byte[] body = "é".repeat(5000).getBytes(StandardCharsets.UTF_8);
    HttpError error =
        new HttpError(
            new HttpResponse(
                502, MultiMap.caseInsensitiveMultiMap(), "https://h/x", Buffer.buffer(body)));
    assertEquals("é".repeat(4096) + "… (1808 more bytes)", error.body());
    assertEquals(
        "Encountered HTTP error status 502.\nURL: https://h/x\nContent-Type:"
            + " application/octet-stream\nResponse:\n"
            + error.body(),
        error.getMessage());
  }
}
