package flowcdk.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Crash-and-resume: a capture killed (SIGKILL) right after a random checkpoint, resumed from the
 * state it had committed, several times over, must end with every key a capture without crashes
 * has. Documents may repeat (delivery is at least once); none may be lost. The random choices come
 * from a seed, printed in the failure message, so a failure can be replayed.
 */
public final class CrashAndResume {

  private CrashAndResume() {}

  /**
   * Runs a clean capture and a crashing one, each from {@code fresh} (new sessions from an empty
   * state), until {@code done}; the crashing one is first killed {@code crashes} times, each after
   * 1 to {@code maxCheckpoints} checkpoints chosen with {@code seed}. Asserts no key of the clean
   * capture is missing from the crashing one, binding by binding.
   */
  public static void assertNoKeyLost(
      Supplier<CaptureSessions> fresh,
      Predicate<CaptureSessions> done,
      int crashes,
      int maxCheckpoints,
      long seed)
      throws Exception {
    CaptureSessions clean = fresh.get();
    clean.run(done);
    CaptureSessions crashing = fresh.get();
    Random random = new Random(seed);
    List<Integer> kills = new ArrayList<>();
    for (int i = 0; i < crashes; i++) {
      int after = 1 + random.nextInt(maxCheckpoints);
      kills.add(after);
      crashing.crashAfter(after);
    }
    crashing.run(done);
    for (String binding : clean.bindings()) {
      Set<String> lost = new LinkedHashSet<>(clean.keys(binding));
      lost.removeAll(crashing.keys(binding));
      assertTrue(
          lost.isEmpty(),
          () ->
              binding
                  + " lost "
                  + lost.size()
                  + " keys after kills at checkpoints "
                  + kills
                  + " (seed "
                  + seed
                  + "), such as "
                  + lost.stream().limit(5).toList());
    }
  }
}
