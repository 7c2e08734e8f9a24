package flowcdk.connector;

import flowcdk.common.context.BindingScope;
import flowcdk.connector.http.Http;
import flowcdk.connector.state.ResourceState;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.log.Log;
import flowcdk.runtime.task.CaptureClock;
import flowcdk.runtime.task.StopSignal;
import flowcdk.runtime.task.TaskWork;
import io.vertx.core.Future;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One binding being opened, as a {@link ResourceOpener} sees it: the capture's decoded endpoint
 * config and the binding's decoded resource config (both decoded by their generated codecs), its
 * collection key and state, and the capture's clock, name, logger and task tree. Start the
 * binding's work with {@link Strategies#forBinding(BindingContext)}, or {@link #spawn} your own.
 *
 * @param <C> the capture's endpoint config model
 * @param <R> the capture's resource config model ({@link ResourceConfig} unless the capture
 *     declares its own)
 */
public final class BindingContext<C, R> {

  private final BindingScope<C, R> scope;

  /**
   * A binding made of {@code scope}. The dispatcher makes these (and this module's tests); {@link
   * BindingScope} is not exported, so connector code on the module path cannot, and need not.
   */
  // "exports": the parameter's type is the module's own, on purpose (see above).
  @SuppressWarnings("exports")
  public BindingContext(BindingScope<C, R> scope) {
    this.scope = Objects.requireNonNull(scope, "scope");
  }

  /** The binding's position in the Open request; documents given to sinks are captured for it. */
  public int index() {
    return scope.index();
  }

  /** The capture's endpoint config. */
  public C config() {
    return scope.config();
  }

  /** The binding's resource config. */
  public R resourceConfig() {
    return scope.resourceConfig();
  }

  /** The name of the resource this binding captures. */
  public String resourceName() {
    return scope.resourceName();
  }

  /** The binding's resource path, e.g. {@code [name]} for the standard resource config. */
  public List<String> resourcePath() {
    return scope.resourcePath();
  }

  /** The collection's key, as JSON pointers (e.g. {@code [/id]}). */
  public List<String> key() {
    return scope.key();
  }

  /**
   * The collection's write schema as Flow has it: compare the source's current schema with it to
   * tell Flow of a change ({@link Sink#sourcedSchema}).
   */
  public RawJson writeSchema() {
    return scope.writeSchema();
  }

  /** The binding's state after initialization: what the strategies resume from. */
  public ResourceState state() {
    return scope.state();
  }

  /** The binding's state key, which addresses its state within the capture's state. */
  public String stateKey() {
    return scope.stateKey();
  }

  /**
   * The index of the capture's binding of resource {@code resourceName}, if it binds it: the
   * binding to give documents for with {@link Sink#documentFor}
   * (docs/strategies.md#documents-for-other-bindings).
   */
  public OptionalInt bindingOf(String resourceName) {
    Integer index = scope.bindingIndexes().get(resourceName);
    return index == null ? OptionalInt.empty() : OptionalInt.of(index);
  }

  /** The capture's clock: take the time and wait through it, so tests can run on a manual one. */
  public CaptureClock clock() {
    return scope.capture().clock();
  }

  /**
   * The capture's stopping signal: set when the capture is asked to stop (Flow closed it, or a task
   * failed). Pass it to long-running work so it stops at once, e.g. {@link
   * flowcdk.connector.stream.Streams#mapOrdered} and {@link
   * flowcdk.connector.stream.Streams#merge}; check {@link StopSignal#isSet()} between steps of your
   * own loops. Work that ends with a {@link flowcdk.runtime.task.CaptureStoppedException} while the
   * capture stops ends quietly.
   */
  public StopSignal stopping() {
    return scope.capture().stopping();
  }

  /**
   * The capture's catalog name (e.g. {@code acmeCo/my-capture}), from the Open request; empty if
   * unknown.
   */
  public String captureName() {
    return scope.captureName();
  }

  /**
   * The capture's HTTP client, shared by every binding: its credentials, retries, pacing and budget
   * are the capture's (see {@link CaptureConnector#http} and docs/http.md).
   */
  public Http http() {
    return scope.capture().http();
  }

  /**
   * The part of Flow's key space this connector instance captures: {@link KeyRange#FULL} unless
   * Flow split the capture into shards (docs/scale-out.md).
   */
  public KeyRange keyRange() {
    return KeyRange.of(scope.capture().range());
  }

  /**
   * Whether this instance captures the work item {@code name} (a partition of the source the
   * connector defines, such as a chunk of a table): its {@linkplain KeyRange#hash hash} is in
   * {@link #keyRange()}. Give every item a name that stays the same across runs, and claim each
   * item in one place: then every item is captured by exactly one instance.
   */
  public boolean claims(String name) {
    return keyRange().claims(name);
  }

  /** The capture's logger; lines go to stderr as Flow's structured log. */
  public Log log() {
    return scope.capture().root().log();
  }

  /**
   * Runs {@code work} as a child task of the capture named {@code <resource path>.<name>}: its
   * documents and checkpoints are its own transactions, and the capture stops when it fails. The
   * future completes when the work is done.
   */
  public Future<Void> spawn(String name, TaskWork work) {
    return scope.capture().root().spawn(taskPrefix() + "." + name, work);
  }

  /** The resource path joined with dots: the prefix of the binding's task names. */
  String taskPrefix() {
    return String.join(".", scope.resourcePath());
  }

  /** Everything the CDK knows about the binding (for the strategies). */
  BindingScope<C, R> scope() {
    return scope;
  }

  @Override
  public String toString() {
    return "binding " + index() + " (" + taskPrefix() + ")";
  }
}
