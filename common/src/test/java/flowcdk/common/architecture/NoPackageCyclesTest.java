package flowcdk.common.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of the runtime and common modules depend on each other without cycles (read from the
 * sources' imports): each package can be understood, and later moved into a module of its own, with
 * only what it imports. A cycle fails naming its packages.
 */
class NoPackageCyclesTest {

  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern IMPORT =
      Pattern.compile(
          "^import (?:static )?(flowcdk\\.(?:runtime|common|connector)[\\w.]*?)\\.[A-Z]",
          Pattern.MULTILINE);

  @Test
  void runtimeAndCommonPackagesFormNoCycle() throws IOException {
    Map<String, Set<String>> graph = new TreeMap<>();
    Path project = Path.of("").toAbsolutePath().getParent();
    for (String module : List.of("runtime", "common")) {
      graph.putAll(importGraph(project.resolve(module).resolve(Path.of("src", "main", "java"))));
    }
    assertTrue(graph.size() >= 15, "the scan found the modules' packages: " + graph.keySet());
    assertEquals(List.of(), cycles(graph), "package cycles in runtime and common");
  }

  @Test
  void theCheckFindsACycle() {
    Map<String, Set<String>> graph = new TreeMap<>();
    graph.put("a", new TreeSet<>(List.of("b")));
    graph.put("b", new TreeSet<>(List.of("c")));
    graph.put("c", new TreeSet<>(List.of("a")));
    graph.put("d", new TreeSet<>(List.of("a")));
    assertEquals(List.of(List.of("a", "b", "c")), cycles(graph));
  }

  /** Package to the packages of this module it imports from. */
  private static Map<String, Set<String>> importGraph(Path root) throws IOException {
    Map<String, Set<String>> graph = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
    for (Path file : files) {
      String source = Files.readString(file, StandardCharsets.UTF_8);
      Matcher declared = PACKAGE.matcher(source);
      if (!declared.find()) {
        continue;
      }
      String from = declared.group(1);
      Set<String> targets = graph.computeIfAbsent(from, k -> new TreeSet<>());
      Matcher imported = IMPORT.matcher(source);
      while (imported.find()) {
        if (!imported.group(1).equals(from)) {
          targets.add(imported.group(1));
        }
      }
    }
    return graph;
  }

  /** The strongly connected components of more than one package (Tarjan), each sorted. */
  private static List<List<String>> cycles(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<List<String>> found = new ArrayList<>();
    for (String start : graph.keySet()) {
      if (!index.containsKey(start)) {
        connect(start, graph, index, low, stack, onStack, found);
      }
    }
    return found;
  }

  private static void connect(
      String node,
      Map<String, Set<String>> graph,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Deque<String> stack,
      Set<String> onStack,
      List<List<String>> found) {
    index.put(node, index.size());
    low.put(node, index.get(node));
    stack.push(node);
    onStack.add(node);
    for (String next : graph.getOrDefault(node, Set.of())) {
      if (!index.containsKey(next)) {
        connect(next, graph, index, low, stack, onStack, found);
        low.put(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.contains(next)) {
        low.put(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node).equals(index.get(node))) {
      TreeSet<String> component = new TreeSet<>();
      String member;
      do {
        member = stack.pop();
        onStack.remove(member);
        component.add(member);
      } while (!member.equals(node));
      if (component.size() > 1) {
        found.add(new ArrayList<>(component));
      }
    }
  }
}
