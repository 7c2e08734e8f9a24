package flowcdk.common.stream;

import io.vertx.core.buffer.Buffer;

/**
 * What a {@link ZipDecoder} gives, in archive order: for each member (directories aside) its start,
 * the pieces of its data, and its end once the data was checked.
 */
public sealed interface ZipPart {

  /** A member starts; its data follows. */
  record Start(String name) implements ZipPart {}

  /** A piece of the current member's data (never empty). */
  record Data(Buffer bytes) implements ZipPart {}

  /** The current member's data is complete and matched its CRC-32 and sizes. */
  record End(String name) implements ZipPart {}
}
