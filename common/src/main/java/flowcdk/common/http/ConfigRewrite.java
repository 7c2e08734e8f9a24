package flowcdk.common.http;

import com.fasterxml.jackson.core.JsonGenerator;
import flowcdk.connector.ActionableException;
import flowcdk.connector.http.Credentials;
import flowcdk.runtime.codec.Codecs;
import flowcdk.runtime.json.JsonFactories;
import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes rotated OAuth2 tokens into an endpoint config, with its keys sorted as Estuary's config
 * encryption expects (Flow sorts object keys, and the encrypted config's MAC depends on their
 * order).
 */
final class ConfigRewrite {

  /** Python's order of string keys: by code point (UTF-16 order differs past U+FFFF). */
  private static final Comparator<String> CODE_POINTS =
      (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
          int x = a.codePointAt(i);
          int y = b.codePointAt(j);
          if (x != y) {
            return Integer.compare(x, y);
          }
          i += Character.charCount(x);
          j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
      };

  private ConfigRewrite() {}

  /**
   * {@code config} with the credentials object holding {@code oldRefreshToken} given {@code
   * fresh}'s access token, refresh token and expiry, keys sorted at every level.
   *
   * @throws ActionableException unless exactly one object holds {@code oldRefreshToken}
   */
  static Object rotate(RawJson config, String oldRefreshToken, Credentials.Rotating fresh) {
    Object tree = JsonValues.read(config);
    List<Map<String, Object>> holders = new ArrayList<>();
    find(tree, oldRefreshToken, holders);
    if (holders.size() != 1) {
      throw new ActionableException(
          "could not write the rotated OAuth2 tokens into the endpoint config: "
              + (holders.isEmpty()
                  ? "no object in it has the refresh_token in use"
                  : holders.size() + " objects in it have the refresh_token in use")
              + ". The credentials the connector authenticates with must be one object of the"
              + " config, with its own refresh_token.");
    }
    Map<String, Object> credentials = holders.get(0);
    credentials.put("access_token", fresh.accessToken());
    credentials.put("refresh_token", fresh.refreshToken());
    credentials.put("access_token_expires_at", rfc3339(fresh.accessTokenExpiresAt()));
    return sorted(tree);
  }

  @SuppressWarnings("unchecked") // JsonValues reads objects as Map<String, Object>
  private static void find(Object value, String refreshToken, List<Map<String, Object>> holders) {
    if (value instanceof Map<?, ?> map) {
      if (refreshToken.equals(map.get("refresh_token"))) {
        holders.add((Map<String, Object>) map);
      }
      for (Object member : map.values()) {
        find(member, refreshToken, holders);
      }
    } else if (value instanceof List<?> items) {
      for (Object item : items) {
        find(item, refreshToken, holders);
      }
    }
  }

  /** {@code value} with the keys of every object sorted by code point. */
  static Object sorted(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new TreeMap<>(CODE_POINTS);
      map.forEach((key, member) -> copy.put((String) key, sorted(member)));
      return copy;
    }
    if (value instanceof List<?> items) {
      return items.stream().map(ConfigRewrite::sorted).toList();
    }
    return value;
  }

  /** {@code instant} as the CDK writes date-times: {@code 2024-01-02T03:04:05Z}. */
  private static String rfc3339(Instant instant) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = JsonFactories.factory().createGenerator(text)) {
      Codecs.writeInstant(generator, instant);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String quoted = text.toString();
    return quoted.substring(1, quoted.length() - 1);
  }
}
