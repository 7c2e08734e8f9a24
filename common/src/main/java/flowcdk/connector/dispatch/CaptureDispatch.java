package flowcdk.connector.dispatch;

import flowcdk.common.context.CaptureContext;
import flowcdk.common.http.OAuth2ProviderKeyword;
import flowcdk.common.webhook.WebhookCapture;
import flowcdk.connector.ActionableException;
import flowcdk.connector.CaptureConnector;
import flowcdk.connector.KeyRange;
import flowcdk.connector.ResourceOpener;
import flowcdk.connector.ResourceSpec;
import flowcdk.connector.ValidationException;
import flowcdk.connector.http.Http;
import flowcdk.connector.http.HttpSettings;
import flowcdk.connector.state.ConnectorState;
import flowcdk.connector.state.StateJson;
import flowcdk.connector.webhook.WebhookAuth;
import flowcdk.runtime.Connector;
import flowcdk.runtime.OpenedCapture;
import flowcdk.runtime.RuntimeContext;
import flowcdk.runtime.codec.Codecs;
import flowcdk.runtime.codec.DecodeException;
import flowcdk.runtime.codec.DecodeProblem;
import flowcdk.runtime.codec.JsonCodec;
import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.log.Fields;
import flowcdk.runtime.log.Log;
import flowcdk.runtime.protocol.CaptureBinding;
import flowcdk.runtime.protocol.DiscoverRequest;
import flowcdk.runtime.protocol.DiscoveredResponse;
import flowcdk.runtime.protocol.OpenRequest;
import flowcdk.runtime.protocol.Range;
import flowcdk.runtime.protocol.SpecRequest;
import flowcdk.runtime.protocol.SpecResponse;
import flowcdk.runtime.protocol.ValidateBinding;
import flowcdk.runtime.protocol.ValidateRequest;
import flowcdk.runtime.protocol.ValidatedBinding;
import flowcdk.runtime.protocol.ValidatedResponse;
import flowcdk.runtime.task.CaptureClock;
import flowcdk.runtime.task.Task;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The protocol dispatch every {@code @Capture} shares; the generated {@code <Name>_Dispatch} is a
 * small subclass that supplies the connector, the codecs and the resource registry.
 *
 * <ul>
 *   <li>{@code spec}: the config and resource-config schemas and the {@code oauth2} object, if any
 *       (compile-time constants).
 *   <li>{@code discover}: decodes the config, lists the resources, decorates their schemas.
 *   <li>{@code validate}: decodes the config, runs the connector's check, resolves the bindings.
 *   <li>{@code open}: decodes the config, resolves the bindings and reads their schedules, then in
 *       the capture's root task: arms the 24-hour restart timer, initializes each binding's state
 *       as the Python CDK does (backfill requests, {@code last_initialized}, (re)initialization,
 *       schedules; see {@code BindingInitialization}) and runs its opener with that state.
 * </ul>
 *
 * A config that does not decode is a {@link ValidationException} listing every wrong field by JSON
 * pointer, never a parser exception. A config field no model declares (at any depth) is ignored and
 * logged as one warning naming its pointer, with a suggestion when it is close to a declared one:
 * {@code endpoint config /page_sise: unknown property, ignored; did you mean "page_size"?}.
 *
 * <p>Each binding's resource config is decoded with the capture's resource config codec (the
 * generated codec of {@code @Capture(resourceConfig = ...)}, or of {@link
 * flowcdk.connector.ResourceConfig}) before an opener sees it; one that does not decode is a
 * problem naming the binding and the field.
 *
 * <p>Only generated dispatchers extend this class (and tests that need their own): it is glue
 * between the runtime and a connector's declarations, not an API for connector code.
 *
 * @param <C> the endpoint config model
 * @param <R> the resource config model
 */
public abstract class CaptureDispatch<C, R> implements Connector {

  /** How long after Open the capture stops to be restarted (the Python CDK's periodic restart). */
  public static final Duration PERIODIC_RESTART = Duration.ofHours(24);

  /** The webhook endpoint listens on every interface, as Flow's connector networking expects. */
  private static final String WEBHOOK_HOST = "0.0.0.0";

  /** Where config warnings go: an unknown field is ignored and warned about, never an error. */
  private static final Log LOG = Log.root().child("capture");

  private final CaptureConnector<C> connector;
  private final JsonCodec<C> configCodec;
  private final String configName;
  private final JsonCodec<R> resourceConfigCodec;
  private final String resourceConfigName;

  /** What the runtime attached: the session's Vert.x, clock and stopping signal. */
  private RuntimeContext runtime;

  /** The capture's HTTP client and the endpoint config it was made for. */
  private CaptureHttp http;

  private RawJson httpConfig;
  private double httpShare = 1;

  /**
   * A dispatcher for {@code connector}, whose endpoint config {@code configCodec} decodes (a model
   * named {@code configName} in messages) and whose bindings' resource configs {@code
   * resourceConfigCodec} decodes (named {@code resourceConfigName}).
   */
  protected CaptureDispatch(
      CaptureConnector<C> connector,
      JsonCodec<C> configCodec,
      String configName,
      JsonCodec<R> resourceConfigCodec,
      String resourceConfigName) {
    this.connector = connector;
    this.configCodec = configCodec;
    this.configName = configName;
    this.resourceConfigCodec = resourceConfigCodec;
    this.resourceConfigName = resourceConfigName;
  }

  /** The connector's documentation URL. */
  protected abstract String documentationUrl();

  /** The resource path pointers of the resource config. */
  protected abstract List<String> resourcePathPointers();

  /** The resources declared with {@code @Resource}, in declaration order. */
  protected abstract List<ResourceSpec> declaredResources();

  /**
   * The spec's {@code oauth2} object (Estuary runs the connector's OAuth2 flow with it), or empty
   * for a connector without one. The generated dispatcher of a capture annotated
   * {@code @OAuth2Provider} returns it; by default empty.
   */
  protected Optional<RawJson> oauth2() {
    return Optional.empty();
  }

  @Override
  public synchronized void attach(RuntimeContext runtime) {
    this.runtime = runtime;
    // A new session (the command-line tool runs one per request, with this same dispatcher) has
    // a Vert.x instance of its own: a client made on the previous one was closed with it.
    http = null;
    httpConfig = null;
  }

  @Override
  public boolean answersSpecAtOnce() {
    return true; // built from the generated schemas alone
  }

  @Override
  public Future<SpecResponse> spec(SpecRequest request) {
    return Future.succeededFuture(
        new SpecResponse(
            SpecResponse.PROTOCOL_VERSION,
            configSchema(),
            StandardResourceConfigSchema.forSpec(resourceConfigCodec),
            documentationUrl(),
            oauth2(),
            resourcePathPointers()));
  }

  /**
   * The endpoint config's schema as the spec gives it: the generated one, with the capture's OAuth2
   * provider on the CDK's OAuth2 credentials models ({@code x-oauth2-provider}).
   */
  private RawJson configSchema() {
    return OAuth2ProviderKeyword.forSpec(configCodec.schema(), oauth2());
  }

  @Override
  public Future<DiscoveredResponse> discover(DiscoverRequest request) {
    return decodeConfig(request.config())
        .compose(config -> resources(config, http(request.config(), config)))
        .map(Discovery::discovered);
  }

  @Override
  public Future<ValidatedResponse> validate(ValidateRequest request) {
    return decodeConfig(request.config())
        .compose(
            config ->
                connector
                    .check(config, http(request.config(), config))
                    .compose(v -> resources(config, http(request.config(), config)))
                    .map(
                        resources -> {
                          List<ResolvedBinding<ValidateBinding>> resolved =
                              BindingResolver.resolve(
                                  resources,
                                  request.bindings(),
                                  ValidateBinding::resourceConfig,
                                  ValidateBinding::collection,
                                  resourcePathPointers());
                          List<ValidatedBinding> bindings = new ArrayList<>();
                          List<String> problems = new ArrayList<>();
                          WebhookBindings webhooks = new WebhookBindings();
                          for (ResolvedBinding<ValidateBinding> binding : resolved) {
                            try {
                              BindingInitialization.schedule(
                                  binding.index(),
                                  binding.resource().resourcePath(),
                                  binding.binding().resourceConfig());
                            } catch (ValidationException e) {
                              problems.addAll(e.messages());
                            }
                            R resourceConfig =
                                decodeResourceConfig(
                                    binding.index(),
                                    binding.resource(),
                                    binding.binding().resourceConfig(),
                                    problems);
                            if (resourceConfig != null) {
                              problems.addAll(
                                  bindingProblems(
                                      binding.index(), binding.resource(), config, resourceConfig));
                              webhooks.add(binding.index(), binding.resource(), resourceConfig);
                            }
                            bindings.add(new ValidatedBinding(binding.resource().resourcePath()));
                          }
                          problems.addAll(webhooks.problems());
                          if (!problems.isEmpty()) {
                            throw new ValidationException(problems);
                          }
                          return new ValidatedResponse(bindings);
                        }));
  }

  @Override
  public Future<OpenedCapture> open(OpenRequest request) {
    return decodeConfig(request.capture().config())
        .compose(
            config ->
                resources(config, http(request.capture().config(), config, request.range()))
                    .map(
                        resources -> {
                          List<ResolvedBinding<CaptureBinding>> resolved =
                              BindingResolver.resolve(
                                  resources,
                                  request.capture().bindings(),
                                  CaptureBinding::resourceConfig,
                                  CaptureBinding::collection,
                                  resourcePathPointers());
                          boolean acks =
                              resolved.stream()
                                  .anyMatch(b -> b.resource().explicitAcknowledgements());
                          ConnectorState state = decodeState(request.state());
                          List<BindingInitialization.Entry<C, R>> entries = new ArrayList<>();
                          List<String> problems = new ArrayList<>();
                          WebhookBindings webhooks = new WebhookBindings();
                          for (ResolvedBinding<CaptureBinding> each : resolved) {
                            R resourceConfig =
                                decodeResourceConfig(
                                    each.index(),
                                    each.resource(),
                                    each.binding().resourceConfig(),
                                    problems);
                            if (resourceConfig == null) {
                              continue;
                            }
                            problems.addAll(
                                bindingProblems(
                                    each.index(), each.resource(), config, resourceConfig));
                            webhooks.add(each.index(), each.resource(), resourceConfig);
                            entries.add(
                                new BindingInitialization.Entry<>(
                                    each,
                                    resourceConfig,
                                    opener(each.resource()),
                                    BindingInitialization.schedule(each)));
                          }
                          problems.addAll(webhooks.problems());
                          if (!problems.isEmpty()) {
                            throw new ValidationException(problems);
                          }
                          Optional<WebhookEndpoint> endpoint =
                              webhooks.bindings().isEmpty()
                                  ? Optional.empty()
                                  : Optional.of(
                                      new WebhookEndpoint(
                                          webhooks.bindings(),
                                          connector.webhookAuth(config),
                                          WebhookBindings.port(System.getenv())));
                          CaptureHttp http =
                              http(request.capture().config(), config, request.range());
                          return new OpenedCapture(
                              acks,
                              root ->
                                  http.beforeCapture(request.capture().config(), configSchema())
                                      .compose(
                                          v ->
                                              capture(
                                                  root,
                                                  http,
                                                  state,
                                                  entries,
                                                  config,
                                                  request.capture().name(),
                                                  request.range(),
                                                  endpoint)));
                        }));
  }

  /**
   * The capture's work in its root task: arms the periodic restart, says the capture started, and
   * initializes and opens every binding.
   */
  private Future<Void> capture(
      Task root,
      CaptureHttp http,
      ConnectorState state,
      List<BindingInitialization.Entry<C, R>> entries,
      C config,
      String captureName,
      Range range,
      Optional<WebhookEndpoint> webhooks) {
    if (entries.isEmpty()) {
      root.log().connectorStatus("Capture started. No bindings are enabled.");
      return Future.succeededFuture();
    }
    CaptureClock clock = root.clock();
    StopTimer.arm(
        root, clock, clock.now().plus(PERIODIC_RESTART), "periodic restart after 24 hours");
    root.log().connectorStatus("Capture started.");
    CaptureContext context =
        CaptureContext.start(root, clock, connectorStatusEvents(), http, range);
    // After a rate-limit episode, say again what the capture does.
    http.onResumed(context.status()::changed);
    return new BindingInitialization<>(context, state, entries, config, captureName)
        .run()
        .compose(
            opened -> {
              // Started once every binding is open, so it routes to all of them; it ends (and so
              // does the capture) only once the capture stops. Every instance of a split capture
              // serves every webhook binding: a request reaches one of them.
              webhooks.ifPresent(
                  endpoint ->
                      WebhookCapture.serve(
                          root,
                          endpoint.bindings(),
                          endpoint.auth(),
                          WEBHOOK_HOST,
                          endpoint.port(),
                          WebhookBindings.limits()));
              if (opened > 0 || webhooks.isPresent()) {
                return Future.succeededFuture();
              }
              return idle(root, entries.size(), range);
            });
  }

  /**
   * The work of an instance that claims none of the capture's bindings: it says so and waits for
   * the capture to stop, instead of ending (which Flow would answer by starting it again).
   */
  private static Future<Void> idle(Task root, int bindings, Range range) {
    root.log()
        .info(
            "this instance claims none of the capture's "
                + bindings
                + " bindings (its key range is "
                + KeyRange.of(range)
                + "); it waits until the capture stops",
            Fields.of("bindings", bindings));
    Promise<Void> stopped = Promise.promise();
    Context context = Vertx.currentContext();
    root.stopping().future().onComplete(signal -> context.runOnContext(v -> stopped.complete()));
    return stopped.future();
  }

  /** The webhook endpoint of a capture with webhook bindings. */
  private record WebhookEndpoint(
      List<WebhookCapture.Binding> bindings, WebhookAuth auth, int port) {}

  /**
   * Whether the capture logs periodic {@code connectorStatus} events ("Backfilling 2 out of 7
   * bindings"), from 5 s after start and then every second when a count changed. On by default.
   */
  protected boolean connectorStatusEvents() {
    return true;
  }

  /** The opener's problems with a binding's resource config, each prefixed with the binding. */
  private List<String> bindingProblems(
      int index, ResourceSpec resource, C config, R resourceConfig) {
    List<String> problems = new ArrayList<>();
    for (String problem : opener(resource).check(config, resourceConfig)) {
      problems.add(
          "binding " + index + " (" + String.join(".", resource.resourcePath()) + "): " + problem);
    }
    return problems;
  }

  /**
   * The binding's resource config, decoded; {@code null} after adding a problem for each wrong
   * field to {@code problems}. Unknown fields are ignored and warned about.
   */
  private R decodeResourceConfig(
      int index, ResourceSpec resource, RawJson json, List<String> problems) {
    String where = "binding " + index + " (" + String.join(".", resource.resourcePath()) + "): ";
    try {
      return Codecs.decode(
          json,
          resourceConfigCodec,
          resourceConfigName,
          note -> LOG.warning(where + "resource config " + note));
    } catch (DecodeException e) {
      for (DecodeProblem problem : e.problems()) {
        problems.add(where + "resource config " + problem + ".");
      }
      return null;
    }
  }

  /**
   * The resource's opener; the processor checks each declared resource opens with {@code C} and
   * {@code R}, and a resource a connector builds at run time is the connector's own.
   */
  @SuppressWarnings("unchecked")
  private ResourceOpener<C, R> opener(ResourceSpec resource) {
    return (ResourceOpener<C, R>) resource.opener();
  }

  /**
   * The capture's HTTP client for the endpoint config {@code json} (decoded: {@code config}): made
   * once per process, again only if a request brings another config.
   */
  private synchronized CaptureHttp http(RawJson json, C config) {
    return http(json, config, Range.FULL);
  }

  /**
   * The capture's HTTP client for an instance capturing {@code range}: its budget is the
   * connector's, divided by the instance's share of the key space (RateBudget#forShare).
   */
  private synchronized CaptureHttp http(RawJson json, C config, Range range) {
    double share = KeyRange.of(range).share();
    if (http == null || !json.equals(httpConfig) || share != httpShare) {
      if (http != null) {
        http.close();
      }
      http =
          new CaptureHttp(
              runtime,
              () -> {
                HttpSettings settings = connector.http(config);
                return settings.budget(settings.budget().forShare(share));
              },
              this::oauth2TokenUrl);
      httpConfig = json;
      httpShare = share;
    }
    return http;
  }

  /** The token URL of the spec's {@code oauth2} object, if the capture declares a provider. */
  private Optional<String> oauth2TokenUrl() {
    return oauth2()
        .map(JsonValues::read)
        .filter(Map.class::isInstance)
        .map(o -> ((Map<?, ?>) o).get("accessTokenUrlTemplate"))
        .filter(String.class::isInstance)
        .map(String.class::cast);
  }

  private Future<List<ResourceSpec>> resources(C config, Http http) {
    return connector
        .resources(config, http)
        .map(
            extra -> {
              List<ResourceSpec> all = new ArrayList<>(declaredResources());
              all.addAll(extra);
              return all;
            });
  }

  private Future<C> decodeConfig(RawJson json) {
    try {
      return Future.succeededFuture(
          Codecs.decode(
              json, configCodec, configName, note -> LOG.warning("endpoint config " + note)));
    } catch (DecodeException e) {
      List<String> messages = new ArrayList<>();
      for (DecodeProblem problem : e.problems()) {
        messages.add("endpoint config " + problem + ".");
      }
      return Future.failedFuture(new ValidationException(messages));
    }
  }

  private static ConnectorState decodeState(RawJson state) {
    try {
      return StateJson.readConnectorState(state);
    } catch (DecodeException e) {
      throw new ActionableException(
          "the connector state Flow sent is not in the CDK's shape: "
              + e.getMessage()
              + ". It was written by another connector or an incompatible version, or edited by"
              + " hand; backfill every binding of the capture to start over from an empty state",
          e);
    }
  }
}
