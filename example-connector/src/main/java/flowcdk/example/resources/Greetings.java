package flowcdk.example.resources;

import flowcdk.annotations.Resource;
import flowcdk.common.resource.Binding;
import flowcdk.common.resource.BindingOpener;
import flowcdk.example.api.GreetingsApi;
import flowcdk.example.models.GreetingJson;
import flowcdk.example.models.GreetingsConfig;
import flowcdk.common.state.Incremental;
import flowcdk.common.state.LogCursor;
import flowcdk.common.state.Slot;
import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.task.Task;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.Map;

/**
 * The {@code greetings} resource: captures greetings 0..N-1, one checkpoint each, and resumes from
 * its incremental cursor (the next greeting's number).
 */
@Resource(name = "greetings", key = "/id", document = flowcdk.example.models.Greeting.class, interval = "PT1M")
public final class Greetings implements BindingOpener<GreetingsConfig> {

  @Override
  public Future<?> open(Binding binding, GreetingsConfig config) {
    long next = binding.state().inc() instanceof Slot.Single<Incremental> inc
        && inc.state().cursor() instanceof LogCursor.Offset offset ? offset.value() : 0;
    return binding.task().spawn(binding.taskPrefix(), task -> greet(task, binding, config, next));
  }

  private static Future<Void> greet(Task task, Binding binding, GreetingsConfig config, long from) {
    Promise<Void> done = Promise.promise();
    greet(task, binding, config, from, done);
    return done.future();
  }

  /**
   * Captures greetings from {@code id} on, one transaction each. It loops while checkpoints are
   * accepted at once, waits for the back-pressure future when stdout is slow, and yields to the
   * event loop every 1,000 greetings, so neither the stack nor the event loop is held.
   */
  private static void greet(Task task, Binding binding, GreetingsConfig config, long id, Promise<Void> done) {
    long next = id;
    for (int batch = 0; batch < 1_000; batch++) {
      if (next >= config.greetings() || task.stopping().isSet()) {
        done.tryComplete();
        return;
      }
      long current = next;
      task.captured(binding.index(), g -> GreetingJson.INSTANCE.write(g, GreetingsApi.greeting(config.greeting(), current)));
      next++;
      Future<Void> accepted = task.checkpoint(JsonValues.toRawJson(Map.of("bindingStateV1",
          Map.of(binding.stateKey(), Map.of("inc", Map.of("cursor", next))))));
      if (!accepted.isComplete() || accepted.failed()) {
        long resume = next;
        accepted.onComplete(ar -> {
          if (ar.failed()) {
            done.tryFail(ar.cause());
          } else {
            greet(task, binding, config, resume, done);
          }
        });
        return;
      }
    }
    long resume = next;
    task.vertx().runOnContext(v -> greet(task, binding, config, resume, done));
  }
}
