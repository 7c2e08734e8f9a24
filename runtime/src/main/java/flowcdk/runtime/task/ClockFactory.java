package flowcdk.runtime.task;

/**
 * Makes the clock of a capture from its root task: the wall clock on the task's Vert.x timers in
 * production, a manual clock in tests (set with {@code RuntimeOptions.withClock}).
 */
@FunctionalInterface
public interface ClockFactory {

  /** The wall clock: a {@link VertxClock} on the root task's Vert.x instance. */
  ClockFactory WALL = root -> new VertxClock(root.vertx());

  /** The clock of the capture whose root task is {@code root}. */
  CaptureClock clock(Task root);
}
