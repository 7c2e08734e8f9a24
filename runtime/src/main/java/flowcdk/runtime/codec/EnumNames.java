package flowcdk.runtime.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The JSON names of an enum's constants: reads and writes the enum as a JSON string, one name per
 * constant. Generated code builds one from the enum's {@code values()} and the names the processor
 * resolved at compile time (the constant's name, or its {@code @JsonProperty}), so nothing is
 * looked up by reflection: the codec of an {@code @Model} enum holds it, and a codec whose model
 * uses an enum that is not a {@code @Model} holds its own.
 *
 * <pre>{@code
 * private static final EnumNames<Color> COLOR = new EnumNames<>(Color.values(), "red", "dark-blue");
 * }</pre>
 *
 * <p>Reading follows the {@link JsonCodec} contract: JSON {@code null} reads as {@code null}, and
 * anything but one of the names records {@code expected one of "red", "dark-blue", found ...}.
 *
 * @param <E> the enum
 */
// By ordinal on purpose: names are indexed by the ordinals of values(), taken at construction, so
// writing is one array load and nothing is looked up by reflection.
@SuppressWarnings("EnumOrdinal")
public final class EnumNames<E extends Enum<E>> implements ValueReader<E>, ValueWriter<E> {

  private final SerializedString[] byOrdinal;
  private final Map<String, E> byName;
  private final String expected;

  /**
   * The names of {@code constants}.
   *
   * @param constants the enum's {@code values()}, in declaration order
   * @param names each constant's JSON name, in the same order
   * @throws IllegalArgumentException if there are more or fewer names than constants, or a name is
   *     repeated (the enum changed after its codec was generated: recompile)
   */
  public EnumNames(E[] constants, String... names) {
    if (constants.length != names.length) {
      throw new IllegalArgumentException(
          names.length
              + " JSON names for the "
              + constants.length
              + " constants of an enum; was it changed after its codec was generated?");
    }
    byOrdinal = new SerializedString[constants.length];
    byName = new HashMap<>();
    StringBuilder list = new StringBuilder("one of ");
    for (int i = 0; i < constants.length; i++) {
      byOrdinal[constants[i].ordinal()] = new SerializedString(names[i]);
      if (byName.put(names[i], constants[i]) != null) {
        throw new IllegalArgumentException("the JSON name \"" + names[i] + "\" is repeated");
      }
      list.append(i == 0 ? "" : ", ").append('"').append(names[i]).append('"');
    }
    expected = list.toString();
  }

  @Override
  public E read(JsonParser p, DecodeContext ctx) throws IOException {
    if (p.hasToken(JsonToken.VALUE_STRING)) {
      E constant = byName.get(p.getText());
      if (constant != null) {
        return constant;
      }
    } else if (p.hasToken(JsonToken.VALUE_NULL)) {
      return null;
    }
    ctx.typeMismatch(expected, p);
    p.skipChildren();
    return null;
  }

  @Override
  public void write(JsonGenerator g, E value) throws IOException {
    g.writeString(byOrdinal[value.ordinal()]);
  }
}
