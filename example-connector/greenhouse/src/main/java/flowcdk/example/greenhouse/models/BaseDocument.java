package flowcdk.example.greenhouse.models;

import flowcdk.annotations.Model;
import flowcdk.runtime.codec.Extras;
import flowcdk.runtime.codec.Meta;

/**
 * The document schema of snapshot resources: any object, with the {@code _meta} the snapshot
 * strategy numbers documents by. Its name is its schema title, the Python CDK's.
 *
 * @param meta the document's metadata
 * @param extras every field
 */
@Model
public record BaseDocument(Meta meta, Extras extras) {}
