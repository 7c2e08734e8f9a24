package flowcdk.runtime.log;

import java.util.Locale;

/** Severity of a log line, with the names Flow's ops logs use. */
public enum Level {
  /** Detail for debugging a connector. */
  DEBUG,
  /** Normal progress. */
  INFO,
  /** Something unexpected that the connector survives. */
  WARNING,
  /** A failure. */
  ERROR,
  /** A failure that ends the process. */
  CRITICAL;

  /**
   * Parses a level name as the {@code LOG_LEVEL} environment variable spells it: case-insensitive,
   * with {@code warn} and {@code trace} accepted as aliases of {@code WARNING} and {@code DEBUG}.
   *
   * @throws IllegalArgumentException naming the accepted values if {@code name} is none of them
   */
  public static Level parse(String name) {
    String upper = name.trim().toUpperCase(Locale.ROOT);
    return switch (upper) {
      case "TRACE" -> DEBUG;
      case "WARN" -> WARNING;
      case "FATAL" -> CRITICAL;
      default -> {
        for (Level level : values()) {
          if (level.name().equals(upper)) {
            yield level;
          }
        }
        throw new IllegalArgumentException(
            "unknown log level '" + name + "'; use one of debug, info, warning, error, critical");
      }
    };
  }
}
