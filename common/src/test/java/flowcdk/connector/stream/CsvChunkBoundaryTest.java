package flowcdk.connector.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.common.stream.HandFed;
import flowcdk.connector.stream.CsvRowsTest.Outcome;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: how a body is cut into chunks changes nothing. Each input is read whole, then cut at
 * every single byte boundary, into 1-byte chunks and at random sets of boundaries (fixed seed),
 * through the stream API; the rows and the failure must be the same every time.
 */
class CsvChunkBoundaryTest {

  private static final CsvFormat PY = CsvFormat.DEFAULT;

  /** A reader under test, named for the report. */
  record Case(String name, Function<ReadStream<Buffer>, ReadStream<?>> reader, Buffer body) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> cases() {
    return Stream.of(
            new Case(
                "named rows, quoting, every line break, multi-byte text",
                body -> CsvRows.named(PY).stream(body),
                Buffer.buffer(
                    "name,notes\r\n\"Doe, J\",\"one\r\ntwo \"\"q\"\"\"\r\n\r\nZoë,日本語 😀\r"
                        + "last,x\r\n\"\",\"\"")),
            new Case(
                "positional rows, escapes, initial spaces, not strict",
                body ->
                    CsvRows.positional(
                        PY.withEscapeChar('\\').withSkipInitialSpace(true).withStrict(false))
                        .stream(body),
                Buffer.buffer("a\\,b,  \"c\"d, e\\\r\nf\n\"\"\n\n\"g\\\"h\"\r\"open\\")),
            new Case(
                "a column-count error after rows",
                body -> CsvRows.named(PY).stream(body),
                Buffer.buffer("a,b\n1,2\n\"3\n\",4\n5\n6,7\n")),
            new Case(
                "a strict quoting error after rows",
                body -> CsvRows.positional(PY).stream(body),
                Buffer.buffer("x,é\r\n\"y\"z\r\n")),
            new Case(
                "an unterminated quoted field",
                body -> CsvRows.positional(PY).stream(body),
                Buffer.buffer("x\n\"y,\r\nz")),
            new Case(
                "an invalid byte after rows",
                body -> CsvRows.positional(PY).stream(body),
                Buffer.buffer("ok,€\nnext").appendBytes(new byte[] {(byte) 0xc3, 0x28, '\n'})),
            new Case(
                "a truncated character at the end",
                body -> CsvRows.positional(PY).stream(body),
                Buffer.buffer("ok\n😀").getBuffer(0, 5)), // the emoji's first 2 bytes of 4
            new Case(
                "UTF-16 with a byte-order mark",
                body -> CsvRows.named(PY.withCharset(StandardCharsets.UTF_16)).stream(body),
                Buffer.buffer("id,name\n1,Zoë\r\n2,\"日本\n語\"".getBytes(StandardCharsets.UTF_16))),
            new Case(
                "models, with a mismatch",
                body -> CsvRows.named(PY).as(SaleJson.INSTANCE).stream(body),
                Buffer.buffer(
                    "id,quantity,refunded,name\n1,2,TRUE,é\n2,,false,\"a\nb\"\n3,x,true,c\n")))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void chunkBoundariesChangeNothing(Case input) {
    byte[] body = input.body().getBytes();
    Outcome<?> whole = read(input, List.of(body));
    assertTrue(!whole.rows().isEmpty() || whole.failure() != null, "the case reads something");

    for (int cut = 0; cut <= body.length; cut++) {
      assertEquals(whole, read(input, cutAt(body, List.of(cut))), "cut at byte " + cut);
    }
    List<Integer> everyByte = new ArrayList<>();
    for (int cut = 1; cut < body.length; cut++) {
      everyByte.add(cut);
    }
    assertEquals(whole, read(input, cutAt(body, everyByte)), "1-byte chunks");

    Random random = new Random(14);
    for (int trial = 0; trial < 200; trial++) {
      TreeSet<Integer> cuts = new TreeSet<>();
      int count = 1 + random.nextInt(Math.max(1, body.length / 3));
      for (int i = 0; i < count; i++) {
        cuts.add(random.nextInt(body.length + 1));
      }
      assertEquals(whole, read(input, cutAt(body, List.copyOf(cuts))), "cut at " + cuts);
    }
  }

  private static Outcome<?> read(Case input, List<byte[]> chunks) {
    HandFed body = new HandFed();
    List<Object> rows = new ArrayList<>();
    @SuppressWarnings("unchecked")
    ReadStream<Object> stream = (ReadStream<Object>) input.reader().apply(body);
    Future<Void> done = Streams.forEach(stream, rows::add);
    for (byte[] chunk : chunks) {
      if (done.isComplete()) {
        break;
      }
      body.feed(Buffer.buffer(chunk));
    }
    if (!done.isComplete()) {
      body.end();
    }
    assertTrue(done.isComplete(), "the stream ended or failed");
    if (done.failed()) {
      assertNotNull(done.cause().getMessage());
      assertTrue(done.cause() instanceof CsvException, () -> "a CsvException: " + done.cause());
    }
    return new Outcome<>(rows, done.failed() ? done.cause().getMessage() : null);
  }

  private static List<byte[]> cutAt(byte[] body, List<Integer> cuts) {
    List<byte[]> chunks = new ArrayList<>();
    int from = 0;
    for (int cut : cuts) {
      chunks.add(Arrays.copyOfRange(body, from, cut));
      from = cut;
    }
    chunks.add(Arrays.copyOfRange(body, from, body.length));
    return chunks;
  }
}
