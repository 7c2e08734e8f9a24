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
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.task.Task;
import io.vertx.core.Future;
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

  private static Future<Void> greet(Task task, Binding binding, GreetingsConfig config, long id) {
    if (id >= config.greetings() || task.stopping().isSet()) {
      return Future.succeededFuture();
    }
    task.captured(binding.index(), g -> GreetingJson.INSTANCE.write(g, GreetingsApi.greeting(config.greeting(), id)));
    RawJson state = JsonValues.toRawJson(Map.of("bindingStateV1",
        Map.of(binding.stateKey(), Map.of("inc", Map.of("cursor", id + 1)))));
    return task.checkpoint(state).compose(v -> greet(task, binding, config, id + 1));
  }
}
