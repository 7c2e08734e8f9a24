package flowcdk.common.stream;

import java.util.Arrays;

/**
 * The objects and arrays the parser is inside of, outside items: for each, where its path stands
 * against the prefix, and the key or index of its current member or element, so that a value
 * starting now is known to be at the prefix or not, and its JSON pointer can be told.
 */
final class OpenContainers {

  private final JsonPrefix prefix;
  private boolean[] array = new boolean[16];
  // The container's own prefix position, and that of its current member or element.
  private int[] position = new int[16];
  private int[] child = new int[16];
  private int[] index = new int[16];
  private String[] key = new String[16];
  private int depth;

  OpenContainers(JsonPrefix prefix) {
    this.prefix = prefix;
  }

  /** How many containers are open; 0 at the top level. */
  int depth() {
    return depth;
  }

  /**
   * A value starts (in an array, the next element): returns its prefix position. A value is at the
   * prefix when {@link JsonPrefix#matches(int)} holds for it.
   */
  int valueStarts() {
    if (depth == 0) {
      return JsonPrefix.ROOT;
    }
    int top = depth - 1;
    if (array[top]) {
      index[top]++;
    }
    return child[top];
  }

  /** The innermost container, an object, is at its member {@code name}. */
  void member(String name) {
    int top = depth - 1;
    key[top] = name;
    child[top] = prefix.member(position[top], top, name);
  }

  /** An object or array that is not an item starts, at prefix position {@code at}. */
  void push(boolean isArray, int at) {
    if (depth == array.length) {
      int capacity = depth * 2;
      array = Arrays.copyOf(array, capacity);
      position = Arrays.copyOf(position, capacity);
      child = Arrays.copyOf(child, capacity);
      index = Arrays.copyOf(index, capacity);
      key = Arrays.copyOf(key, capacity);
    }
    array[depth] = isArray;
    position[depth] = at;
    child[depth] = isArray ? prefix.element(at, depth) : JsonPrefix.NO_MATCH;
    index[depth] = -1;
    key[depth] = null;
    depth++;
  }

  /** The innermost container ends. */
  void pop() {
    key[--depth] = null;
  }

  /**
   * Whether the next value to start here may be at the prefix (conservatively: in an object, the
   * last member's name is taken to be the next one's).
   */
  boolean nextMayBeItem() {
    return prefix.matches(depth == 0 ? JsonPrefix.ROOT : child[depth - 1]);
  }

  /**
   * The RFC 6901 pointer of the current value within its top-level value: the keys and indexes of
   * the open containers ({@code ""} for a top-level value).
   */
  String pointer() {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      pointer.append('/');
      if (array[i]) {
        pointer.append(index[i]);
      } else {
        String name = key[i];
        for (int c = 0; c < name.length(); c++) {
          char ch = name.charAt(c);
          if (ch == '~') {
            pointer.append("~0");
          } else if (ch == '/') {
            pointer.append("~1");
          } else {
            pointer.append(ch);
          }
        }
      }
    }
    return pointer.toString();
  }
}
