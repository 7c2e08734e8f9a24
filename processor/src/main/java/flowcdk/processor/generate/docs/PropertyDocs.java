package flowcdk.processor.generate.docs;

import flowcdk.processor.model.ModelSpec;
import flowcdk.processor.model.PropertySpec;
import java.util.Map;

/**
 * Fills the descriptions a model's schema lacks from the model's Javadoc: a record's {@code @param}
 * text of a component documents its property on the docs page, where no {@code
 * JsonPropertyDescription} did (the schema itself is left as the processor generates it).
 */
public final class PropertyDocs {

  private PropertyDocs() {}

  /**
   * Puts the {@code @param} texts of {@code docComment} (the model class's Javadoc) as the {@code
   * description} of the root properties of {@code tree}, {@code model}'s schema tree, that have
   * none.
   */
  @SuppressWarnings("unchecked")
  public static void fill(Map<String, Object> tree, ModelSpec model, String docComment) {
    Map<String, String> params = JavadocText.params(docComment);
    if (params.isEmpty() || !(tree.get("properties") instanceof Map<?, ?> properties)) {
      return;
    }
    for (PropertySpec property : model.properties()) {
      String text = params.get(property.javaName());
      if (text != null
          && !text.isEmpty()
          && properties.get(property.jsonName()) instanceof Map<?, ?> schema
          && !schema.containsKey("description")) {
        ((Map<String, Object>) schema).put("description", text);
      }
    }
  }
}
