package flowcdk.common.twins.scenario;

import flowcdk.annotations.Model;
import flowcdk.runtime.codec.Meta;

/**
 * A lookup row {@code {"code": i, "label": "row-i"}}.
 *
 * @param meta the document's metadata (set by the snapshot strategy)
 * @param code the row number
 * @param label its label
 */
@Model
public record Row(Meta meta, long code, String label) {}
