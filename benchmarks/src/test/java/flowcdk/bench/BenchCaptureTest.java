package flowcdk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bench twin against the recorded Python CDK runs 04 and 05: per binding, the same documents
 * and checkpoint states in the same order (modulo wall-clock values), and the same reduced state.
 *
 * <p>The recorded {@code *.request.json} carry the reduced <em>final</em> state in {@code
 * open.state}, not the state the Python connector was given; the inputs are reconstructed from the
 * fixtures' README.
 */
class BenchCaptureTest {

  /** Run 04: a fresh capture (empty state) of 2 bindings x 25 documents, pages of 10. */
  static final String STATE_04 = "{}";

  /** Run 05: items0 resumes its backfill from next_page 20. */
  static final String STATE_05 =
      "{\"bindingStateV1\":{\"items0\":{\"backfill\":{\"cutoff\":\"2024-01-01T00:00:00Z\","
          + "\"next_page\":20},\"last_initialized\":\"2026-11-23T00:00:00Z\"}}}";

  @Test
  void freshBackfillMatchesPython() {
    check("04-bench-backfill", STATE_04);
  }

  @Test
  void resumedBackfillMatchesPython() {
    check("05-bench-resume-mid-backfill", STATE_05);
  }

  @Test
  void genericObjectsAreByteIdenticalToModels() {
    String models =
        Transcripts.request(
            "04-bench-backfill.request.json", STATE_04, Map.of("model", true, "pad", 7));
    String objects =
        Transcripts.request(
            "04-bench-backfill.request.json", STATE_04, Map.of("model", false, "pad", 7));
    List<String> keys = Transcripts.stateKeys(models);
    Map<String, List<String>> a =
        Transcripts.perBinding(Transcripts.run(new BenchCapture_Dispatch(), models), keys);
    Map<String, List<String>> b =
        Transcripts.perBinding(Transcripts.run(new BenchCapture_Dispatch(), objects), keys);
    assertEquals(a, b);
    assertEquals(
        25 + 4,
        a.get("items1")
            .size()); // 25 documents; initialization, 2 page and 1 completion checkpoints
    assertTrue(
        a.get("items1").stream()
            .filter(l -> l.startsWith("{\"captured\""))
            .allMatch(l -> l.contains("\"pad\":\"xxxxxxx\"")));
  }

  private static void check(String run, String inputState) {
    String request = Transcripts.request(run + ".request.json", inputState, Map.of());
    List<String> keys = Transcripts.stateKeys(request);
    List<String> actual = Transcripts.run(new BenchCapture_Dispatch(), request);
    List<String> recorded = Fixtures.lines(run + ".stdout.jsonl");

    Map<String, List<String>> expected = Transcripts.perBinding(recorded, keys);
    Map<String, List<String>> got = Transcripts.perBinding(actual, keys);
    assertEquals(expected.keySet(), got.keySet());
    for (String key : expected.keySet()) {
      assertEquals(expected.get(key), got.get(key), "binding " + key + " of run " + run);
    }

    Object reduced = Transcripts.normalizeState(Transcripts.reduce(inputState, actual));
    Object pythonReduced = Transcripts.normalizeState(Transcripts.reduce(inputState, recorded));
    Object recordedState = Transcripts.normalizeState(Fixtures.read(run + ".state.json"));
    assertEquals(
        recordedState,
        pythonReduced,
        "the fixture's state.json is its stdout reduced from the input state");
    assertEquals(recordedState, reduced, "reduced state of run " + run);
  }
}
