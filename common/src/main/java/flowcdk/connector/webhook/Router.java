package flowcdk.connector.webhook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Finds the binding of a webhook document: the bindings' rules in routing order (header rules, then
 * body rules, then URL patterns with more literal segments first, then the URL wildcard; ties in
 * binding order), the first that matches wins.
 */
public final class Router {

  private record Route(int binding, MatchRule rule, UrlPattern pattern) {}

  private final List<Route> routes;

  private Router(List<Route> routes) {
    this.routes = routes;
  }

  /**
   * What is wrong with the rules of bindings {@code rules} (binding {@code i} has rule {@code
   * rules.get(i)}): each invalid rule; or, when every rule is valid, each pair that cannot both
   * route, in the Python CDK's words. Empty when a router can be made of them.
   */
  public static List<String> problems(List<MatchRule> rules) {
    List<String> problems = new ArrayList<>();
    for (MatchRule rule : rules) {
      String problem = rule.problem();
      if (problem != null) {
        problems.add(problem);
      }
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    for (int i = 0; i < rules.size(); i++) {
      for (int j = i + 1; j < rules.size(); j++) {
        String conflict = rules.get(i).conflictWith(rules.get(j));
        if (conflict != null) {
          problems.add(conflict);
        }
      }
    }
    return problems;
  }

  /**
   * The router of bindings {@code rules}.
   *
   * @throws IllegalArgumentException with every {@linkplain #problems(List) problem}, one a line
   */
  public static Router of(List<MatchRule> rules) {
    List<String> problems = problems(rules);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    List<Route> routes = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      MatchRule rule = rules.get(i);
      UrlPattern pattern =
          rule instanceof UrlMatch url && !UrlMatch.ANY.equals(url.value())
              ? UrlPattern.parse(url.value())
              : null;
      routes.add(new Route(i, rule, pattern));
    }
    routes.sort(Comparator.comparingInt(route -> route.rule().rank())); // Stable: ties in order.
    return new Router(List.copyOf(routes));
  }

  /** The binding of {@code document}, one of the documents of {@code request}; empty if none. */
  public OptionalInt route(WebhookRequest request, Map<String, ?> document) {
    for (Route route : routes) {
      if (matches(route, request, document)) {
        return OptionalInt.of(route.binding());
      }
    }
    return OptionalInt.empty();
  }

  private static boolean matches(Route route, WebhookRequest request, Map<String, ?> document) {
    MatchRule rule = route.rule();
    if (rule instanceof HeaderMatch header) {
      return header.value().equals(request.header(header.key()));
    }
    if (rule instanceof BodyMatch body) {
      return body.matches(document);
    }
    return route.pattern() == null || route.pattern().matches(request.path());
  }

  /**
   * The values of the placeholders of binding {@code binding}'s URL pattern in {@code path}, by
   * name; empty when its rule is not a URL pattern, has none, or does not match.
   */
  public Map<String, String> pathParams(int binding, String path) {
    for (Route route : routes) {
      if (route.binding() == binding && route.pattern() != null) {
        return route.pattern().values(path);
      }
    }
    return Map.of();
  }

  /** The bindings in routing order. */
  List<Integer> order() {
    return routes.stream().map(Route::binding).toList();
  }
}
