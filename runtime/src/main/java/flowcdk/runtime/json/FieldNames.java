package flowcdk.runtime.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Member names of generic documents, encoded once: a fixed table of {@link SerializedString}s
 * (jackson's pre-quoted UTF-8 names, written with one array copy) indexed by the name's hash. A
 * connector's generic documents use the same few names over and over, so nearly every lookup hits;
 * a name that collides with another simply replaces it. The table is shared by all threads without
 * locks: its entries are immutable, so a thread sees either an entry or null, and a lost update
 * only costs an encoding.
 *
 * <p>Only names of printable ASCII without quotes or backslashes are kept: they encode to the same
 * bytes either way. Any other name (escapes, non-ASCII, a lone surrogate that must fail as the
 * generator reports it) is left to the generator.
 */
final class FieldNames {

  private static final int SIZE = 1024;

  /** Longer names are written as strings: they are rarely repeated member names. */
  private static final int MAX_LENGTH = 64;

  private static final SerializedString[] TABLE = new SerializedString[SIZE];

  private FieldNames() {}

  /** {@code name}, encoded, from the table; null if it is not a name the table keeps. */
  static SerializableString of(String name) {
    int slot = name.hashCode() & (SIZE - 1);
    SerializedString entry = TABLE[slot];
    if (entry != null) {
      String value = entry.getValue();
      if (value == name || value.equals(name)) {
        return entry;
      }
    }
    if (!plain(name)) {
      return null;
    }
    entry = new SerializedString(name);
    TABLE[slot] = entry;
    return entry;
  }

  /** Short, printable ASCII, no quote or backslash: written the same encoded or not. */
  private static boolean plain(String name) {
    if (name.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }
}
