package flowcdk.connector.stream.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;

/**
 * The config of {@link ExportCapture}.
 *
 * @param baseUrl the export server's address
 */
@Model
public record ExportConfig(@JsonProperty(value = "base_url", required = true) String baseUrl) {}
