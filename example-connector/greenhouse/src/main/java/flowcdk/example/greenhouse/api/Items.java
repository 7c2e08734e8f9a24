package flowcdk.example.greenhouse.api;

import flowcdk.connector.stream.JsonItems;
import flowcdk.example.greenhouse.models.GreenhouseResource;
import flowcdk.example.greenhouse.models.GreenhouseResourceJson;
import flowcdk.example.greenhouse.models.GreenhouseSnapshotResource;
import flowcdk.example.greenhouse.models.GreenhouseSnapshotResourceJson;

/** The items of a Harvest page, which is a JSON array: each element, decoded by its model. */
final class Items {

  /** Records of incremental resources. */
  static final JsonItems<GreenhouseResource> INCREMENTAL =
      JsonItems.at("item", GreenhouseResourceJson.INSTANCE);

  /** Records of snapshot resources. */
  static final JsonItems<GreenhouseSnapshotResource> SNAPSHOT =
      JsonItems.at("item", GreenhouseSnapshotResourceJson.INSTANCE);

  private Items() {}
}
