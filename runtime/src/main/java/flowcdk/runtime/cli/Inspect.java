package flowcdk.runtime.cli;

import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.protocol.ConnectorType;
import flowcdk.runtime.protocol.DiscoverRequest;
import flowcdk.runtime.protocol.DiscoveredBinding;
import flowcdk.runtime.protocol.DiscoveredResponse;
import flowcdk.runtime.protocol.SpecRequest;
import flowcdk.runtime.protocol.SpecResponse;
import flowcdk.runtime.protocol.ValidateBinding;
import flowcdk.runtime.protocol.ValidateRequest;
import flowcdk.runtime.protocol.ValidatedBinding;
import flowcdk.runtime.protocol.ValidatedResponse;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code spec}, {@code discover} and {@code validate} commands. */
final class Inspect {

  /** The capture name the tool uses in validate and open requests. */
  static final String CAPTURE_NAME = "preview/capture";

  private Inspect() {}

  /** Prints the spec response line. */
  static int spec(Session session) {
    Session.Exchange answer =
        session.exchange(new SpecRequest(ConnectorType.IMAGE, Optional.empty()));
    if (answer.status() == 0) {
      session.out().println(answer.first(SpecResponse.class).text());
    }
    return failed(session, answer.status(), "spec");
  }

  /** Prints the discovered bindings, readably or as the raw line. */
  static int discover(Session session, CliArgs args) throws UsageException {
    RawJson config = JsonFiles.readObject(args.config(), "config");
    Session.Exchange answer = session.exchange(new DiscoverRequest(ConnectorType.IMAGE, config));
    if (answer.status() != 0) {
      return failed(session, answer.status(), "discover");
    }
    ResponseLine discovered = answer.first(DiscoveredResponse.class);
    if (args.json()) {
      session.out().println(discovered.text());
      return 0;
    }
    List<DiscoveredBinding> bindings = ((DiscoveredResponse) discovered.response()).bindings();
    PrintStream out = session.out();
    for (DiscoveredBinding binding : bindings) {
      out.println(binding.recommendedName() + (binding.disable() ? "  (disabled)" : ""));
      out.println("  key:             " + JsonValues.toRawJson(binding.key()));
      out.println("  resource config: " + binding.resourceConfig());
      out.println("  resource path:   " + JsonValues.toRawJson(Discovery.resourcePath(binding)));
    }
    out.println(count(bindings.size()) + " discovered.");
    return 0;
  }

  /** Validates the config with the discovered (or named) bindings and prints the result. */
  static int validate(Session session, CliArgs args) throws UsageException {
    RawJson config = JsonFiles.readObject(args.config(), "config");
    List<DiscoveredBinding> discovered = Discovery.discover(session, config);
    if (discovered == null) {
      return failed(session, 1, "discover (before validate)");
    }
    List<DiscoveredBinding> selected =
        Discovery.select(discovered, args.bindings(), Command.VALIDATE);
    List<ValidateBinding> bindings = new ArrayList<>();
    for (DiscoveredBinding binding : selected) {
      bindings.add(new ValidateBinding(Discovery.collection(binding), binding.resourceConfig(), 0));
    }
    Session.Exchange answer =
        session.exchange(
            new ValidateRequest(
                CAPTURE_NAME, ConnectorType.IMAGE, config, bindings, Optional.empty()));
    if (answer.status() != 0) {
      return failed(session, answer.status(), "validate");
    }
    ResponseLine validated = answer.first(ValidatedResponse.class);
    if (args.json()) {
      session.out().println(validated.text());
      return 0;
    }
    List<ValidatedBinding> results = ((ValidatedResponse) validated.response()).bindings();
    session.out().println("The config is valid with " + count(selected.size()) + ":");
    for (int i = 0; i < selected.size(); i++) {
      RawJson path =
          i < results.size() ? JsonValues.toRawJson(results.get(i).resourcePath()) : null;
      session.out().println("  " + selected.get(i).recommendedName() + "  resource path: " + path);
    }
    return 0;
  }

  /** {@code status}, after saying on stderr which step failed when it is not 0. */
  static int failed(Session session, int status, String step) {
    if (status != 0) {
      session.err().println("error: " + step + " failed; the connector's error is logged above");
    }
    return status;
  }

  private static String count(int n) {
    return n + (n == 1 ? " binding" : " bindings");
  }
}
