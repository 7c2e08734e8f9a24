package flowcdk.runtime.log;

import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Keeps secrets out of logs, in two ways.
 *
 * <ol>
 *   <li>By location: a config logged as a field has the values at its {@link SecretPaths} replaced
 *       by {@value #MASK}.
 *   <li>By value: the secret strings of every config the runtime has seen are {@linkplain
 *       #register(RawJson) registered}, and any log text containing one (a message, an exception's
 *       message, a URL with a token in it) has it replaced by {@value #MASK}.
 * </ol>
 *
 * <p>Thread-safe. Values shorter than {@value #MIN_SECRET_LENGTH} characters are not scrubbed by
 * value (masking every "x" in every log line would make logs unreadable), but are still masked by
 * location.
 */
public final class Redactor {

  /** What a secret is replaced with. */
  public static final String MASK = "[redacted]";

  /** Shortest secret value that is scrubbed from free text. */
  public static final int MIN_SECRET_LENGTH = 3;

  private volatile SecretPaths paths = SecretPaths.none();
  private final Set<String> values = new CopyOnWriteArraySet<>();
  // The values longest first, so a secret containing another is replaced whole.
  private volatile List<String> longestFirst = List.of();

  /** A redactor that knows no secrets yet: no paths, no values. */
  public Redactor() {}

  /** Sets the locations of secrets in configs (from the connector's config schema). */
  public void usePaths(SecretPaths secretPaths) {
    this.paths = secretPaths;
  }

  /** The locations of secrets in configs. */
  public SecretPaths paths() {
    return paths;
  }

  /** Remembers the secret values found in {@code config} so they are scrubbed from any log text. */
  public void register(RawJson config) {
    collect(JsonValues.read(config), new ArrayList<>(), false);
  }

  /** Remembers one secret value. */
  public void registerValue(String secret) {
    if (secret != null && secret.length() >= MIN_SECRET_LENGTH && values.add(secret)) {
      synchronized (values) {
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        longestFirst = List.copyOf(sorted);
      }
    }
  }

  /** {@code text} with every registered secret value replaced by {@value #MASK}. */
  public String scrub(String text) {
    if (text == null || values.isEmpty()) {
      return text;
    }
    String result = text;
    for (String secret : longestFirst) {
      if (result.contains(secret)) {
        result = result.replace(secret, MASK);
      }
    }
    return result;
  }

  /**
   * A copy of a plain Java value (as {@link JsonValues} makes) with secrets masked by location and
   * strings scrubbed by value.
   */
  public Object redact(Object value) {
    return redact(value, new ArrayList<>(), true);
  }

  /** Like {@link #redact(Object)}, but only scrubs by value (for configs already encrypted). */
  public Object scrubValues(Object value) {
    return redact(value, new ArrayList<>(), false);
  }

  private Object redact(Object value, List<String> path, boolean byLocation) {
    if (byLocation && !path.isEmpty() && paths.isSecret(path)) {
      return MASK;
    }
    if (value instanceof String s) {
      return scrub(s);
    }
    if (value instanceof RawJson raw) {
      return redact(JsonValues.read(raw), path, byLocation);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = String.valueOf(entry.getKey());
        path.add(key);
        copy.put(key, redact(entry.getValue(), path, byLocation));
        path.remove(path.size() - 1);
      }
      return copy;
    }
    if (value instanceof Iterable<?> items) {
      List<Object> copy = new ArrayList<>();
      path.add(SecretPaths.ANY);
      for (Object item : items) {
        copy.add(redact(item, path, byLocation));
      }
      path.remove(path.size() - 1);
      return copy;
    }
    if (value instanceof Object[] items) {
      return redact(Arrays.asList(items), path, byLocation);
    }
    if (value != null && !(value instanceof Number) && !(value instanceof Boolean)) {
      // Anything else is logged as its toString() (an exception, a URI...): scrub that text.
      return scrub(value.toString());
    }
    return value;
  }

  // Registers every string and number at or inside a secret path: a secret of the wrong type (a
  // number where the schema says string) or a secret object's members must not reach a log either.
  // Booleans are not registered: scrubbing every "true" would make logs unreadable.
  private void collect(Object value, List<String> path, boolean inSecret) {
    boolean secret = inSecret || (!path.isEmpty() && paths.isSecret(path));
    if (secret && value instanceof String s) {
      registerValue(s);
    } else if (secret && value instanceof Number n) {
      registerValue(n.toString());
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        path.add(String.valueOf(entry.getKey()));
        collect(entry.getValue(), path, secret);
        path.remove(path.size() - 1);
      }
    } else if (value instanceof List<?> items) {
      path.add(SecretPaths.ANY);
      for (Object item : items) {
        collect(item, path, secret);
      }
      path.remove(path.size() - 1);
    }
  }
}
