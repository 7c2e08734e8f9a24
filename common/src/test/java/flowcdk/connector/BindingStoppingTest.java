package flowcdk.connector;

import static flowcdk.connector.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.common.stream.HandFed;
import flowcdk.connector.stream.Streams;
import flowcdk.runtime.task.CaptureStoppedException;
import flowcdk.runtime.task.StopSignal;
import io.vertx.core.Future;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A binding's stopping signal is the capture's, and stops the stream utilities given it. */
// "try": Harness.close() may throw InterruptedException, which the test lets propagate.
@SuppressWarnings("try")
class BindingStoppingTest {

  @Test
  void aMergeGivenTheBindingsSignalEndsTheTaskQuietlyWhenTheCaptureStops() throws Exception {
    try (Harness h = new Harness()) {
      AtomicReference<StopSignal> signal = new AtomicReference<>();
      AtomicReference<Future<Void>> merged = new AtomicReference<>();
      h.start(
          root -> {
            BindingContext<String, ?> binding =
                h.binding(root, 0, "events", "{\"name\":\"events\"}", List.of("/id"), state("{}"));
            signal.set(binding.stopping());
            assertSame(root.stopping(), binding.stopping());
            Future<Void> done =
                Streams.forEach(
                    Streams.merge(List.of(new HandFed(), new HandFed()), binding.stopping()),
                    item -> {});
            merged.set(done);
            return done;
          });
      h.until("the merge waits for items", () -> merged.get() != null);
      assertFalse(signal.get().isSet());
      h.stop();
      h.awaitDone();
      assertTrue(CaptureStoppedException.isCause(merged.get().cause()));
    }
  }
}
