package flowcdk.runtime.protocol;

import java.util.List;

/**
 * The validation result of one binding.
 *
 * @param resourcePath the path that identifies the binding's resource (for example {@code
 *     ["users"]}); Flow uses it to match bindings across publications and sends it back in {@link
 *     CaptureBinding#resourcePath()}
 */
public record ValidatedBinding(List<String> resourcePath) {

  /**
   * Creates the record. Checks that no element is null and copies the path.
   *
   * @param resourcePath see {@link #resourcePath()}
   * @throws NullPointerException if a component is null
   */
  public ValidatedBinding {
    resourcePath = Checks.list(resourcePath, "resourcePath");
  }
}
