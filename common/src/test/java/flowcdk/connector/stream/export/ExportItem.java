package flowcdk.connector.stream.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;

/**
 * One record of the export.
 *
 * @param id its position in the export, from 1
 * @param name its name
 * @param body its payload
 */
@Model
public record ExportItem(@JsonProperty(required = true) long id, String name, String body) {}
