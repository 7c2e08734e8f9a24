package flowcdk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The protocol lines a {@code preview --json} run printed, sorted into documents per binding and
 * checkpoints.
 */
public final class Captured {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<Integer, List<JsonNode>> documents = new LinkedHashMap<>();
  private final List<JsonNode> checkpoints = new ArrayList<>();
  private final List<Integer> order = new ArrayList<>();

  /**
   * Sorts {@code lines} ({@code opened}, {@code captured}, {@code checkpoint} and other protocol
   * lines).
   */
  public Captured(List<String> lines) {
    for (String line : lines) {
      JsonNode node = parse(line);
      if (node.has("captured")) {
        int binding = node.get("captured").path("binding").asInt();
        documents
            .computeIfAbsent(binding, b -> new ArrayList<>())
            .add(node.get("captured").get("doc"));
        order.add(binding);
      } else if (node.has("checkpoint")) {
        checkpoints.add(node.get("checkpoint"));
      }
    }
  }

  /** The documents of binding {@code index}, in order. */
  public List<JsonNode> documents(int index) {
    return documents.getOrDefault(index, List.of());
  }

  /** How many documents in all. */
  public int count() {
    return order.size();
  }

  /** The binding index of each document, in output order. */
  public List<Integer> order() {
    return order;
  }

  /** The checkpoints, in order. */
  public List<JsonNode> checkpoints() {
    return checkpoints;
  }

  /** A JSON value. */
  public static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  /** The number of {@code captured} lines among {@code lines}. */
  public static long countDocuments(List<String> lines) {
    return lines.stream().filter(l -> l.startsWith("{\"captured\"")).count();
  }

  /** The number of {@code checkpoint} lines among {@code lines}. */
  public static long countCheckpoints(List<String> lines) {
    return lines.stream().filter(l -> l.startsWith("{\"checkpoint\"")).count();
  }
}
