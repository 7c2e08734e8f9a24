package flowcdk.connector;

import flowcdk.connector.state.ResourceState;
import flowcdk.connector.state.StateJson;
import flowcdk.runtime.json.RawJson;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;

/** Small builders for strategy tests. */
final class Fixtures {

  private Fixtures() {}

  static ResourceState state(String json) {
    try {
      return StateJson.readResourceState(RawJson.parse(json));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  static RawJson doc(String json) {
    return RawJson.parse(json);
  }

  /** A fetch scripted one invocation at a time; invocations past the script are idle. */
  static final class Script<F> {
    final List<F> steps = new ArrayList<>();
    final List<Object> calls = new ArrayList<>();
    private final F idle;

    Script(F idle) {
      this.idle = idle;
    }

    @SafeVarargs
    final Script<F> then(F... next) {
      for (F step : next) {
        steps.add(step);
      }
      return this;
    }

    synchronized F next(Object call) {
      calls.add(call);
      return calls.size() <= steps.size() ? steps.get(calls.size() - 1) : idle;
    }

    synchronized int invocations() {
      return calls.size();
    }
  }

  /** A scripted incremental fetch. */
  static Script<Fetch.Changes> changes() {
    return new Script<>((cursor, sink) -> Future.succeededFuture());
  }

  static Fetch.Changes run(Script<Fetch.Changes> script) {
    return (cursor, sink) -> script.next(cursor).fetch(cursor, sink);
  }

  /** A scripted backfill fetch. */
  static Script<Fetch.RecurringPage> pages() {
    return new Script<>((page, cutoff, initiated, sink) -> Future.succeededFuture());
  }

  static Fetch.RecurringPage run(Script<Fetch.RecurringPage> script, boolean ignored) {
    return (page, cutoff, initiated, sink) ->
        script.next(page + "|" + initiated).fetch(page, cutoff, initiated, sink);
  }
}
