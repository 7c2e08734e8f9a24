package flowcdk.runtime.internal;

import flowcdk.runtime.protocol.Request;
import java.util.ArrayDeque;

/**
 * What the stdin reader (and a stop) hands to the session, in order. Until the session exists the
 * items wait here, so the reader can parse the first requests while the runtime is still starting
 * (or while it is never started: a {@code spec} answered before Vert.x); from {@link #handOver} on
 * each item goes straight to the session.
 */
final class Inbox {

  /** One thing for the session. */
  sealed interface Item permits Arrived, Malformed, Ended, Stopped {}

  /** A parsed request. */
  record Arrived(Request request) implements Item {}

  /** A line that is not a request (or is too long, or stdin failed): the session fails with it. */
  record Malformed(ProtocolException error) implements Item {}

  /** The end of stdin. */
  record Ended() implements Item {}

  /** A graceful stop (SIGTERM, a stop handle), with its reason. */
  record Stopped(String reason) implements Item {}

  /** Where items go after the hand-over. */
  @FunctionalInterface
  interface Receiver {
    /** Takes {@code item}; false once it takes no more (the session has ended). */
    boolean accept(Item item);
  }

  private final ArrayDeque<Item> waiting = new ArrayDeque<>();
  private Receiver session;

  /**
   * Queues {@code item}, or hands it to the session once there is one. False once the session no
   * longer takes items (it has ended): the reader then stops.
   */
  boolean put(Item item) {
    Receiver target;
    synchronized (this) {
      target = session;
      if (target == null) {
        waiting.add(item);
        notifyAll();
        return true;
      }
    }
    return target.accept(item);
  }

  /** The next item before the hand-over, waiting for one. */
  synchronized Item take() throws InterruptedException {
    while (waiting.isEmpty()) {
      wait();
    }
    return waiting.poll();
  }

  /**
   * From now on items go to {@code target}: first {@code first} (the item the caller took and did
   * not handle), then those still waiting, then each as it comes. Order is kept: an item put while
   * this runs waits for it.
   */
  synchronized void handOver(Item first, Receiver target) {
    boolean taking = first == null || target.accept(first);
    for (Item item = waiting.poll(); taking && item != null; item = waiting.poll()) {
      taking = target.accept(item);
    }
    session = target;
  }
}
