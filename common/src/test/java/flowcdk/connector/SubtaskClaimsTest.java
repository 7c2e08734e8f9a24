package flowcdk.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import flowcdk.connector.state.ResourceState;
import flowcdk.connector.state.StateJson;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.protocol.Range;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A binding's subtasks claimed one by one (docs/scale-out.md): an instance runs, and checkpoints,
 * only the subtasks whose name ({@code <state key>/<subtask id>}) hashes into its key range.
 */
class SubtaskClaimsTest {

  private final Harness h = new Harness();

  SubtaskClaimsTest() throws Exception {}

  @AfterEach
  void close() throws Exception {
    h.close();
  }

  @Test
  void onlyTheClaimedSubtaskRuns() throws Exception {
    long hashOfA = KeyRange.hash(KeyRange.subtask("events", "a"));
    h.range = new Range(hashOfA, hashOfA, 0, Range.MAX);
    var a = Fixtures.pages();
    var b = Fixtures.pages();
    var c = Fixtures.pages();
    Map<String, Fetch.Page> fetch = new LinkedHashMap<>();
    fetch.put("a", (page, cutoff, sink) -> Fixtures.run(a, true).fetch(page, cutoff, false, sink));
    fetch.put("b", (page, cutoff, sink) -> Fixtures.run(b, true).fetch(page, cutoff, false, sink));
    fetch.put("c", (page, cutoff, sink) -> Fixtures.run(c, true).fetch(page, cutoff, false, sink));
    ResourceState state =
        StateJson.readResourceState(
            RawJson.parse(
                "{\"backfill\":{\"a\":{\"cutoff\":1},\"b\":{\"cutoff\":1},\"c\":{\"cutoff\":1}}}"));
    h.start(
        root ->
            Strategies.forBinding(h.binding(root, 0, "events", "{}", List.of("/id"), state))
                .backfill(fetch)
                .open());
    h.awaitDone();
    assertEquals(1, a.invocations());
    assertEquals(0, b.invocations());
    assertEquals(0, c.invocations());
    assertEquals(
        List.of("{\"bindingStateV1\":{\"events\":{\"backfill\":{\"a\":null}}}}"), h.checkpoints());
  }
}
