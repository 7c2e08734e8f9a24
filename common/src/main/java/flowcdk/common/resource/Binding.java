package flowcdk.common.resource;

import flowcdk.common.context.CaptureContext;
import flowcdk.common.state.ResourceState;
import flowcdk.common.time.CaptureClock;
import flowcdk.runtime.protocol.CaptureBinding;
import flowcdk.runtime.task.Task;
import java.util.List;

/**
 * A binding of the Open request resolved to its resource, as handed to {@link BindingOpener}.
 *
 * @param index the binding's position in the Open request: documents are captured for it
 * @param binding the binding as Flow sent it (collection, resource config, state key, ...)
 * @param resource the resource it binds
 * @param state this binding's state after initialization ({@code bindingStateV1[stateKey]})
 * @param context what the capture's bindings share: its root task (spawn the binding's work as its
 *     children), clock, stopping signal and status counters
 * @param all every resolved binding of the capture, in binding order
 * @param captureName the capture's catalog name (e.g. {@code acmeCo/my-capture}), from the Open
 *     request; logged as {@code catalog_task_name} on fleet-wide observable lines; empty if unknown
 */
public record Binding(
    int index,
    CaptureBinding binding,
    ResourceSpec resource,
    ResourceState state,
    CaptureContext context,
    List<ResolvedBinding<CaptureBinding>> all,
    String captureName) {

  /** Checks the capture name ({@code null} becomes empty). */
  public Binding {
    captureName = captureName == null ? "" : captureName;
  }

  /** A binding whose capture name is unknown (empty). */
  public Binding(
      int index,
      CaptureBinding binding,
      ResourceSpec resource,
      ResourceState state,
      CaptureContext context,
      List<ResolvedBinding<CaptureBinding>> all) {
    this(index, binding, resource, state, context, all, "");
  }

  /** The capture's root task: spawn the binding's work as its children. */
  public Task task() {
    return context.root();
  }

  /** The capture's clock (strategies take time and wait through it). */
  public CaptureClock clock() {
    return context.clock();
  }

  /** The binding's state key. */
  public String stateKey() {
    return binding.stateKey();
  }

  /** The resource path joined with dots, the prefix of the binding's task names. */
  public String taskPrefix() {
    return String.join(".", resource.resourcePath());
  }
}
