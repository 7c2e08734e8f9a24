package flowcdk.example.greenhouse.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Captured documents and the fake's records, made comparable. */
public final class Documents {

  private Documents() {}

  /**
   * {@code documents} without {@code _meta}, with {@code created_at} and {@code updated_at} in one
   * form (Harvest and the connector may write the same instant differently), sorted by {@code id}.
   */
  public static List<JsonNode> comparable(List<JsonNode> documents) {
    List<JsonNode> comparable = new ArrayList<>();
    for (JsonNode document : documents) {
      ObjectNode copy = document.deepCopy();
      copy.remove("_meta");
      for (String field : List.of("created_at", "updated_at")) {
        if (copy.hasNonNull(field)) {
          copy.set(field, TextNode.valueOf(Instant.parse(copy.get(field).asText()).toString()));
        }
      }
      comparable.add(copy);
    }
    comparable.sort(Comparator.comparingLong(d -> d.get("id").asLong()));
    return comparable;
  }

  /** The ids of {@code documents}, in their order. */
  public static List<Long> ids(List<JsonNode> documents) {
    return documents.stream().map(d -> d.get("id").asLong()).toList();
  }
}
