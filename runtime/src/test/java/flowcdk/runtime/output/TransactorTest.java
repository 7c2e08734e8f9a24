package flowcdk.runtime.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TransactorTest {

  private final OutputWriterTest.Sink out = new OutputWriterTest.Sink();
  private final OutputWriter writer = new OutputWriter(out, 1 << 20).start();

  @AfterEach
  void close() {
    writer.close();
  }

  private static Unit unit(String text) {
    return Unit.of(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void acknowledgementsReleaseCheckpointsInFifoOrder() throws Exception {
    Transactor transactor = new Transactor(writer, true);
    assertTrue(transactor.explicitAcknowledgements());
    Future<Void> first = transactor.commitAndAwaitAck(unit("1\n"));
    OutputWriterTest.await(transactor.commit(unit("2\n"))); // a placeholder slot
    Future<Void> third = transactor.commitAndAwaitAck(unit("3\n"));
    assertEquals(3, transactor.pendingAcknowledgements());
    OutputWriterTest.await(writer.drain());
    assertEquals("1\n2\n3\n", out.toString(UTF_8), "FIFO order is stdout order");
    assertFalse(first.isComplete(), "written but not acknowledged");
    assertFalse(third.isComplete());

    transactor.acknowledge(1);
    OutputWriterTest.await(first);
    assertFalse(third.isComplete());
    assertEquals(2, transactor.pendingAcknowledgements());

    transactor.acknowledge(1); // pops the placeholder
    assertEquals(1, transactor.pendingAcknowledgements());
    assertFalse(third.isComplete(), "the placeholder's ACK does not release the next checkpoint");

    transactor.acknowledge(1);
    OutputWriterTest.await(third);
    assertEquals(0, transactor.pendingAcknowledgements());
  }

  @Test
  void oneAcknowledgementMayCoverSeveralCheckpoints() throws Exception {
    Transactor transactor = new Transactor(writer, true);
    Future<Void> a = transactor.commitAndAwaitAck(unit("a\n"));
    transactor.commit(unit("b\n"));
    Future<Void> c = transactor.commitAndAwaitAck(unit("c\n"));
    Future<Void> d = transactor.commitAndAwaitAck(unit("d\n"));
    transactor.acknowledge(3);
    OutputWriterTest.await(a);
    OutputWriterTest.await(c);
    assertFalse(d.isComplete());
    assertEquals(1, transactor.pendingAcknowledgements());
  }

  @Test
  void acknowledgingZeroIsANoOp() throws Exception {
    Transactor transactor = new Transactor(writer, true);
    Future<Void> waiting = transactor.commitAndAwaitAck(unit("x\n"));
    transactor.acknowledge(0);
    assertEquals(1, transactor.pendingAcknowledgements());
    OutputWriterTest.await(writer.drain());
    assertFalse(waiting.isComplete());
  }

  @Test
  void tooManyAcknowledgementsAreAProtocolError() throws Exception {
    Transactor transactor = new Transactor(writer, true);
    Future<Void> first = transactor.commitAndAwaitAck(unit("1\n"));
    transactor.commit(unit("2\n"));
    AcknowledgementException e =
        assertThrows(AcknowledgementException.class, () -> transactor.acknowledge(3));
    assertEquals("received ACK for 3 checkpoint(s) but only 2 are pending", e.getMessage());
    assertEquals(2, transactor.pendingAcknowledgements(), "nothing is released");
    assertFalse(first.isComplete());

    Transactor empty = new Transactor(writer, true);
    AcknowledgementException none =
        assertThrows(AcknowledgementException.class, () -> empty.acknowledge(1));
    assertEquals("received ACK for 1 checkpoint(s) but only 0 are pending", none.getMessage());
  }

  @Test
  void awaitingAnAckNeedsExplicitAcknowledgements() {
    Transactor transactor = new Transactor(writer, false);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> transactor.commitAndAwaitAck(unit("x\n")));
    assertTrue(e.getMessage().contains("explicitAcknowledgements"), e.getMessage());
  }

  @Test
  void withoutExplicitAcknowledgementsAcksAreIgnored() throws Exception {
    Transactor transactor = new Transactor(writer, false);
    assertFalse(transactor.explicitAcknowledgements());
    OutputWriterTest.await(transactor.commit(unit("a\n")));
    OutputWriterTest.await(transactor.commit(unit("b\n")));
    assertEquals(0, transactor.pendingAcknowledgements());
    transactor.acknowledge(5); // no error: Flow may send them anyway
    assertEquals(0, transactor.pendingAcknowledgements());
    OutputWriterTest.await(writer.drain());
    assertEquals("a\nb\n", out.toString(UTF_8));
  }
}
