package flowcdk.connector.stream.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;

/**
 * What an export body holds besides its records.
 *
 * @param total how many records the body has
 */
@Model
public record ExportSummary(@JsonProperty(required = true) long total) {}
