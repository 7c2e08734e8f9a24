package flowcdk.example.greenhouse.testing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The records the fake starts with, the same for the same resource and clock: ids above the range
 * of an {@code int}, timestamps with and without fractions, nested objects, arrays, nulls and
 * fields no model declares.
 */
final class SeedData {

  /** Every record was last updated at least this long before the fake's start. */
  static final Duration NEWEST = Duration.ofHours(1);

  /** ... and at most this long before it. */
  static final Duration OLDEST = Duration.ofDays(20);

  private SeedData() {}

  /** {@code count} records of the incremental resource {@code resource}. */
  static List<JsonObject> incremental(String resource, int count, Instant now) {
    Random random = new Random(resource.hashCode());
    List<JsonObject> records = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      Instant updated = updatedAt(random, now);
      Instant created = updated.minus(Duration.ofMinutes(random.nextInt(100_000)));
      records.add(
          new JsonObject()
              .put("id", id(resource, i))
              .put("created_at", text(created))
              .put("updated_at", text(updated))
              .mergeIn(fields(resource, i, random)));
    }
    return records;
  }

  /** {@code count} records of the snapshot resource {@code resource}: no timestamps. */
  static List<JsonObject> snapshot(String resource, int count) {
    Random random = new Random(resource.hashCode());
    List<JsonObject> records = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      records.add(new JsonObject().put("id", id(resource, i)).mergeIn(fields(resource, i, random)));
    }
    return records;
  }

  /** The id of the {@code n}th record of {@code resource}: larger than any {@code int}. */
  static long id(String resource, int n) {
    return 4_000_000_000L + (Math.abs(resource.hashCode()) % 1000) * 1_000_000L + n * 7L;
  }

  /** Harvest's timestamp form: UTC with a {@code Z}, with milliseconds when there are any. */
  static String text(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MILLIS).toString();
  }

  private static Instant updatedAt(Random random, Instant now) {
    long span = OLDEST.minus(NEWEST).toMillis();
    Instant updated = now.minus(NEWEST).minusMillis((long) (random.nextDouble() * span));
    // One in four without a fraction, as Harvest writes whole seconds without one.
    return random.nextInt(4) == 0 ? updated.truncatedTo(ChronoUnit.SECONDS) : updated;
  }

  private static JsonObject fields(String resource, int n, Random random) {
    return new JsonObject()
        .put("name", resource + " " + n)
        .put("active", random.nextBoolean())
        .put("score", random.nextInt(1000) / 8.0)
        .put("notes", random.nextInt(3) == 0 ? null : "línea " + n + " \"quoted\"\n")
        .put(
            "keyed",
            new JsonObject().put("level", n % 3).put("labels", new JsonArray().add("a").add(n)))
        .put("members", new JsonArray().add(new JsonObject().put("user_id", n * 3L)));
  }
}
