package flowcdk.blackbox;

import flowcdk.annotations.Model;
import java.util.UUID;

/** A UUID and bytes (base64). Records compare arrays by identity, so tests compare fields. */
@Model
public record Identifiers(UUID id, byte[] data) {}
