package flowcdk.runtime.cli;

import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.protocol.CollectionSpec;
import flowcdk.runtime.protocol.ConnectorType;
import flowcdk.runtime.protocol.DiscoverRequest;
import flowcdk.runtime.protocol.DiscoveredBinding;
import flowcdk.runtime.protocol.DiscoveredResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Discovery as the tool uses it: run it, pick bindings, and make collections for them. */
final class Discovery {

  /** The prefix of the collections the tool binds discovered resources to. */
  static final String COLLECTION_PREFIX = "preview/";

  private Discovery() {}

  /**
   * Discovers the endpoint's bindings.
   *
   * @return the bindings, or null if the connector failed (it logged why)
   */
  static List<DiscoveredBinding> discover(Session session, RawJson config) {
    Session.Exchange answer = session.exchange(new DiscoverRequest(ConnectorType.IMAGE, config));
    if (answer.status() != 0) {
      return null;
    }
    return answer.firstResponse(DiscoveredResponse.class).bindings();
  }

  /**
   * The bindings named in {@code names}, in that order, or every enabled binding when none are
   * named.
   *
   * @throws UsageException if a name is not among the discovered bindings
   */
  static List<DiscoveredBinding> select(
      List<DiscoveredBinding> discovered, List<String> names, Command command)
      throws UsageException {
    if (names.isEmpty()) {
      return discovered.stream().filter(b -> !b.disable()).toList();
    }
    List<String> available = discovered.stream().map(DiscoveredBinding::recommendedName).toList();
    List<DiscoveredBinding> selected = new ArrayList<>();
    for (String name : names) {
      Optional<DiscoveredBinding> match =
          discovered.stream().filter(b -> b.recommendedName().equals(name)).findFirst();
      if (match.isEmpty()) {
        throw new UsageException(
            "--bindings names '"
                + name
                + "', which discovery did not find"
                + CliArgs.suggestion(name, available)
                + "; discovered: "
                + (available.isEmpty() ? "none" : String.join(", ", available)),
            command);
      }
      selected.add(match.get());
    }
    return selected;
  }

  /** The collection {@code preview/<name>} for a binding, keyed and typed as discovery proposed. */
  static CollectionSpec collection(DiscoveredBinding binding) {
    return new CollectionSpec(
        COLLECTION_PREFIX + binding.recommendedName(),
        binding.key(),
        binding.documentSchema(),
        Optional.empty());
  }

  /** The binding's resource path: discovery's, or its name when discovery gave none. */
  static List<String> resourcePath(DiscoveredBinding binding) {
    return binding.resourcePath().isEmpty()
        ? List.of(binding.recommendedName())
        : binding.resourcePath();
  }
}
