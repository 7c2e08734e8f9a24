package flowcdk.processor.schema.corpus;

import flowcdk.annotations.Model;
import flowcdk.runtime.codec.Meta;

/** {@code Meta} without {@code @JsonProperty}: the JSON name is still {@code _meta}. */
@Model
public record ImplicitMetaDoc(Meta meta, long id) {}
