package flowcdk.runtime.cli;

import flowcdk.runtime.internal.StopHandle;
import java.io.PrintStream;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C during {@code preview}: the first SIGINT stops the capture gracefully (checkpoints already
 * received are saved); a second one exits at once with status 130, as shells expect.
 */
final class Interrupts implements AutoCloseable {

  private final SignalHandler previous;
  private volatile boolean interrupted;

  private Interrupts(StopHandle stop, PrintStream err) {
    SignalHandler replaced = null;
    try {
      replaced =
          Signal.handle(
              new Signal("INT"),
              signal -> {
                if (interrupted) {
                  err.println("preview: interrupted twice; exiting without waiting");
                  Runtime.getRuntime().halt(130);
                }
                interrupted = true;
                err.println("preview: stopping gracefully (Ctrl-C again to exit at once)");
                stop.stop("Ctrl-C");
              });
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      // No SIGINT handling on this platform: Ctrl-C ends the process as usual.
    }
    this.previous = replaced;
  }

  /** Routes SIGINT to {@code stop} until closed. */
  static Interrupts route(StopHandle stop, PrintStream err) {
    return new Interrupts(stop, err);
  }

  @Override
  public void close() {
    if (previous != null) {
      Signal.handle(new Signal("INT"), previous);
    }
  }
}
