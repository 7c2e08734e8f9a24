package flowcdk.common.stream;

import java.util.Arrays;

/**
 * Removes the insignificant whitespace from the bytes of one well-formed JSON value, leaving every
 * other byte as it was: strings keep their escapes, numbers their text. A raw item must be compact
 * because {@code RawJson} is (documents are written one per line), yet should otherwise be the
 * bytes the source sent.
 */
final class CompactJson {

  private CompactJson() {}

  /**
   * {@code json} without whitespace outside strings: {@code json} itself if it has none, otherwise
   * a shorter copy (the bytes of {@code json} are moved in the process; the caller owns it).
   */
  static byte[] strip(byte[] json) {
    int kept = 0;
    boolean inString = false;
    boolean escaped = false;
    for (int i = 0; i < json.length; i++) {
      byte b = json[i];
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (b == '\\') {
          escaped = true;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
        continue;
      } else if (b == '"') {
        inString = true;
      }
      if (kept != i) {
        json[kept] = b;
      }
      kept++;
    }
    return kept == json.length ? json : Arrays.copyOf(json, kept);
  }
}
