package flowcdk.blackbox;

import flowcdk.annotations.Model;
import flowcdk.runtime.json.RawJson;
import java.util.List;
import java.util.Map;

/** Any JSON, kept as written. */
@Model
public record Generic(RawJson value, List<RawJson> items, Map<String, RawJson> byKey) {}
