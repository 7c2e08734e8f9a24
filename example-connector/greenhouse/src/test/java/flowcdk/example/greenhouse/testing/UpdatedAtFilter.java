package flowcdk.example.greenhouse.testing;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Harvest's {@code updated_at} filter as the fake reads it: {@code op|timestamp} pairs joined by
 * {@code |}, each op one of {@code gt}, {@code gte}, {@code lt}, {@code lte}, all of which a record
 * must satisfy.
 */
final class UpdatedAtFilter {

  private UpdatedAtFilter() {}

  /**
   * The records {@code filter} keeps, by their {@code updated_at}.
   *
   * @throws IllegalArgumentException naming what is wrong with {@code filter}
   */
  static Predicate<Instant> parse(String filter) {
    String[] parts = filter.split("\\|", -1);
    if (parts.length == 0 || parts.length % 2 != 0) {
      throw new IllegalArgumentException(
          "updated_at must be operator|timestamp pairs joined by |, was " + filter);
    }
    List<Predicate<Instant>> all = new ArrayList<>();
    for (int i = 0; i < parts.length; i += 2) {
      Instant bound;
      try {
        bound = Instant.parse(parts[i + 1]);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("updated_at has an invalid timestamp: " + parts[i + 1]);
      }
      all.add(
          switch (parts[i]) {
            case "gt" -> updated -> updated.isAfter(bound);
            case "gte" -> updated -> !updated.isBefore(bound);
            case "lt" -> updated -> updated.isBefore(bound);
            case "lte" -> updated -> !updated.isAfter(bound);
            default ->
                throw new IllegalArgumentException(
                    "updated_at has an unknown operator " + parts[i] + ": use gt, gte, lt or lte");
          });
    }
    return updated -> all.stream().allMatch(p -> p.test(updated));
  }
}
