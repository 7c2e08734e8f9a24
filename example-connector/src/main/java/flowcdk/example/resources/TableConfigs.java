package flowcdk.example.resources;

import flowcdk.example.models.TableConfig;
import flowcdk.example.models.TableConfigJson;
import flowcdk.runtime.ValidationException;
import flowcdk.runtime.codec.DecodeException;
import flowcdk.runtime.json.RawJson;

/** Decodes a binding's resource config. */
final class TableConfigs {

  private TableConfigs() {}

  /**
   * The resource config.
   *
   * @throws ValidationException listing every problem with it
   */
  static TableConfig decode(RawJson resourceConfig) {
    try {
      return TableConfigJson.decode(resourceConfig);
    } catch (DecodeException e) {
      throw new ValidationException("resource config: " + e.getMessage());
    }
  }
}
