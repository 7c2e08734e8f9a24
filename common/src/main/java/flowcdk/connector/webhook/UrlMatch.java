package flowcdk.connector.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Const;
import flowcdk.annotations.Model;
import java.util.List;

/**
 * Requests whose path matches a {@link UrlPattern}, or every request ({@code *}).
 *
 * @param value {@code *} or a path pattern such as {@code /hooks/{id}}
 * @param type always {@code url}
 */
@Model
public record UrlMatch(@JsonProperty(required = true) String value, @Const("url") String type)
    implements MatchRule {

  /** The wildcard: every request. */
  public static final String ANY = "*";

  /** The rule for {@code value}. */
  public static UrlMatch of(String value) {
    return new UrlMatch(value, "url");
  }

  @Override
  public String displayName() {
    return ANY.equals(value)
        ? "all"
        : value.replaceAll("[^a-zA-Z0-9]+", "_").replaceAll("^_+|_+$", "");
  }

  @Override
  public String conflictWith(MatchRule other) {
    if (!(other instanceof UrlMatch that)) {
      return null;
    }
    if (ANY.equals(value) && ANY.equals(that.value)) {
      return "The '*' wildcard can only be used in one UrlMatch definition";
    }
    if (value.equals(that.value)) {
      return "Only one UrlMatch can claim the " + PythonQuote.repr(value) + " discriminator value";
    }
    if (ANY.equals(value) || ANY.equals(that.value)) {
      return null;
    }
    List<String> mine = UrlPattern.segments(value);
    List<String> theirs = UrlPattern.segments(that.value);
    if (mine.size() != theirs.size()) {
      return null;
    }
    boolean mineMoreSpecific = false;
    boolean theirsMoreSpecific = false;
    for (int i = 0; i < mine.size(); i++) {
      boolean minePlaceholder = UrlPattern.isPlaceholder(mine.get(i));
      boolean theirPlaceholder = UrlPattern.isPlaceholder(theirs.get(i));
      if (!minePlaceholder && !theirPlaceholder) {
        if (!mine.get(i).equals(theirs.get(i))) {
          return null; // Disjoint: no path matches both.
        }
      } else if (minePlaceholder && !theirPlaceholder) {
        theirsMoreSpecific = true;
      } else if (!minePlaceholder) {
        mineMoreSpecific = true;
      }
    }
    return mineMoreSpecific ^ theirsMoreSpecific
        ? null
        : "URL patterns '" + value + "' and '" + that.value + "' match the same URLs";
  }

  /** Patterns by literal segments (more first, up to 1,000), the wildcard last. */
  @Override
  public int rank() {
    return ANY.equals(value) ? 3_000 : 2_000 - Math.min(999, UrlPattern.literalSegments(value));
  }

  /** {@code Invalid URL pattern '...': ...} for a pattern the router cannot read. */
  @Override
  public String problem() {
    String problem = ANY.equals(value) ? null : UrlPattern.problem(value);
    return problem == null
        ? null
        : "Invalid URL pattern " + PythonQuote.repr(value) + ": " + problem;
  }
}
