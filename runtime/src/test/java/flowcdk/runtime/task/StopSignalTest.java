package flowcdk.runtime.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Stop actions run once at the stop, unless closed first, and closed ones leave nothing behind. */
class StopSignalTest {

  @Test
  void anActionRunsOnceAtTheStop() {
    StopSignal stop = new StopSignal();
    AtomicInteger runs = new AtomicInteger();
    StopSignal.Registration registration = stop.onStop(runs::incrementAndGet);
    stop.set("first");
    stop.set("second");
    registration.close();
    assertEquals(1, runs.get());
    assertEquals("first", stop.reason());
    assertEquals(0, stop.registeredActions());
  }

  @Test
  void aClosedRegistrationNeverRunsAndThousandsLeaveNothingBehind() {
    StopSignal stop = new StopSignal();
    AtomicInteger runs = new AtomicInteger();
    for (int i = 0; i < 10_000; i++) {
      try (StopSignal.Registration registration = stop.onStop(runs::incrementAndGet)) {
        assertEquals(1, stop.registeredActions(), "registration " + registration);
      }
    }
    assertEquals(0, stop.registeredActions());
    stop.set("stop");
    assertEquals(0, runs.get());
  }

  @Test
  void anActionRegisteredAfterTheStopRunsAtOnce() {
    StopSignal stop = new StopSignal();
    stop.set("stop");
    AtomicInteger runs = new AtomicInteger();
    stop.onStop(runs::incrementAndGet).close();
    assertEquals(1, runs.get());
    assertTrue(stop.future().isComplete());
  }
}
