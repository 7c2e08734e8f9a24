package flowcdk.processor.schema.corpus;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import flowcdk.annotations.Model;
import flowcdk.runtime.codec.Meta;

/** A {@code _meta} with its own description, which wins over "Document metadata". */
@Model
public record MetaWithDescription(
    @JsonPropertyDescription("Row metadata from the source") Meta meta, String id) {}
