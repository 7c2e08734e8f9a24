package flowcdk.common.twins.scenario;

import flowcdk.annotations.Model;

/**
 * A parent or child document {@code {"id": n}}.
 *
 * @param id its id
 */
@Model
public record Node(long id) {}
