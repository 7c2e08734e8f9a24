package flowcdk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.connector.KeyRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One capture of 64 bindings split across instances by key range (docs/scale-out.md): together they
 * capture exactly what one instance does, each key once; and a re-split from the parents' state
 * loses nothing.
 */
class ScaleOutTest {

  private static final int BINDINGS = 64;
  private static final int DOCS = 200;
  private static final int PAGE = 25;

  private static List<String> stateKeys() {
    List<String> keys = new ArrayList<>();
    for (int b = 0; b < BINDINGS; b++) {
      keys.add("items" + b);
    }
    return keys;
  }

  private static Map<String, String> single() {
    ShardedRuns.Run run =
        ShardedRuns.run(ShardedRuns.request(BINDINGS, DOCS, PAGE, "{}", KeyRange.FULL), "{}");
    Map<String, String> documents = run.documents(stateKeys());
    assertEquals(BINDINGS * DOCS, documents.size());
    return documents;
  }

  /** The union of the instances' documents; fails if two instances captured the same key. */
  private static Map<String, String> union(List<KeyRange> ranges) {
    Map<String, String> union = new HashMap<>();
    for (KeyRange range : ranges) {
      ShardedRuns.Run run =
          ShardedRuns.run(ShardedRuns.request(BINDINGS, DOCS, PAGE, "{}", range), "{}");
      for (Map.Entry<String, String> doc : run.documents(stateKeys()).entrySet()) {
        String previous = union.put(doc.getKey(), doc.getValue());
        assertEquals(null, previous, doc.getKey() + " was captured by two instances");
      }
    }
    return union;
  }

  @Test
  void instancesTogetherCaptureWhatOneDoesEachKeyOnce() {
    Map<String, String> single = single();
    for (int instances : new int[] {1, 2, 4, 8}) {
      assertEquals(single, union(KeyRange.split(instances)), instances + " instances");
    }
    long threeQuarters = (KeyRange.MAX + 1) / 4 * 3;
    assertEquals(
        single,
        union(
            List.of(new KeyRange(0, threeQuarters - 1), new KeyRange(threeQuarters, KeyRange.MAX))),
        "one instance owning 3/4 of the key space");
  }

  @Test
  void aResplitFromTheParentsStateCapturesEveryKey() {
    Map<String, String> single = single();
    List<KeyRange> parents = KeyRange.split(2);
    Map<String, Integer> captured = new HashMap<>();
    List<String> parentStates = new ArrayList<>();
    for (KeyRange parent : parents) {
      String request = ShardedRuns.request(BINDINGS, DOCS, PAGE, "{}", parent);
      ShardedRuns.Run run = ShardedRuns.run(request, "{}", BINDINGS * DOCS / 4);
      count(run, captured);
      parentStates.add(run.state());
    }
    int afterParents = captured.size();
    assertTrue(afterParents < single.size(), "the parents stopped mid-backfill");
    for (int p = 0; p < parents.size(); p++) {
      KeyRange parent = parents.get(p);
      long middle = parent.begin() + (parent.end() - parent.begin()) / 2;
      for (KeyRange child :
          List.of(new KeyRange(parent.begin(), middle), new KeyRange(middle + 1, parent.end()))) {
        String state = parentStates.get(p);
        count(
            ShardedRuns.run(ShardedRuns.request(BINDINGS, DOCS, PAGE, state, child), state),
            captured);
      }
    }
    assertEquals(single.keySet(), captured.keySet());
    int duplicates = captured.values().stream().mapToInt(n -> n - 1).sum();
    System.out.println(
        "scale-out re-split: 2 instances stopped after "
            + afterParents
            + " of "
            + single.size()
            + " documents, 4 resumed from their parents' state: every key captured, "
            + duplicates
            + " captured twice");
    assertEquals(0, duplicates, "a graceful stop commits what it captured");
  }

  private static void count(ShardedRuns.Run run, Map<String, Integer> captured) {
    for (String key : run.documents(stateKeys()).keySet()) {
      captured.merge(key.replace("#again", ""), 1, Integer::sum);
    }
  }
}
