package flowcdk.runtime.internal;

import sun.misc.Signal;

/**
 * SIGTERM handling through {@code sun.misc.Signal} (module {@code jdk.unsupported}, present on
 * every JDK). Unlike a shutdown hook it lets the runtime stop gracefully and choose its exit
 * status.
 */
final class Signals {

  private Signals() {}

  /** Runs {@code action} (on a JVM signal thread) when SIGTERM arrives; false if unsupported. */
  static boolean onTerminate(Runnable action) {
    try {
      Signal.handle(new Signal("TERM"), signal -> action.run());
      return true;
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      return false;
    }
  }
}
