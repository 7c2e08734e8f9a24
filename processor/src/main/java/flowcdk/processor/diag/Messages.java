package flowcdk.processor.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/**
 * Every message the processor prints, in one place so their wording stays uniform. Each names the
 * element, the rule it breaks and the fix, and starts with a stable id like {@code
 * [Model/UnsupportedType]} that tests and users can search for.
 */
public final class Messages {

  private Messages() {}

  private static String id(String id, String text) {
    return "[" + id + "] " + text;
  }

  /** A {@code @Model} type of a kind that cannot be one. */
  public static String modelKind(String type, String kind) {
    return id("Model/Kind", "@Model on " + type + ": a model must be a record, a final class, an enum or a"
        + " sealed interface, but " + type + " is " + kind + ". Make it a record (or, for a choice between"
        + " models, a sealed interface annotated @Discriminator).");
  }

  /** A generic {@code @Model}. */
  public static String modelGeneric(String type) {
    return id("Model/Generic", "@Model on " + type + ": a model cannot have type parameters, because its"
        + " codec and schema must be fixed at compile time. Declare a concrete type for each use.");
  }

  /** A non-static inner class or a private type. */
  public static String modelNotAccessible(String type, String why) {
    return id("Model/NotAccessible", "@Model on " + type + ": the generated codec in the same package must"
        + " be able to construct and read it, but it is " + why + ". Make it a top-level type or a static,"
        + " non-private nested type.");
  }

  /** A model class that is not final. */
  public static String modelNotFinal(String type) {
    return id("Model/NotFinal", "@Model on " + type + ": a model class must be final, because its codec"
        + " constructs exactly this class. Declare it final, or make it a record.");
  }

  /** A model class without a usable constructor. */
  public static String modelConstructor(String type, int count) {
    return id("Model/Constructor", "@Model on " + type + ": a model class needs exactly one public"
        + " constructor taking every property (or one annotated @JsonCreator), but it has " + count
        + ". Add one, or make it a record.");
  }

  /** A class property that has no accessor. */
  public static String modelNoAccessor(String type, String property) {
    return id("Model/NoAccessor", "@Model on " + type + ": the constructor parameter '" + property
        + "' has no public accessor " + property + "(), get" + capitalize(property) + "() or field "
        + property + ", so the codec cannot write it. Add one.");
  }

  /** A parameter whose name was lost in compilation. */
  public static String modelSyntheticName(String type, String parameter) {
    return id("Model/ParameterName", "@Model on " + type + ": constructor parameter '" + parameter
        + "' has no real name (the class was compiled without -parameters). Annotate it"
        + " @JsonProperty(\"name\"), or compile it with -parameters.");
  }

  /** A property type that a model cannot hold. */
  public static String unsupportedType(String type, String property, String javaType) {
    return id("Model/UnsupportedType", "@Model on " + type + ": property '" + property + "' has type "
        + javaType + ", which a model cannot hold. Use a primitive or its box, String, BigDecimal,"
        + " BigInteger, a java.time type, UUID, an enum, List, Set, Map<String, V>, Optional, an array,"
        + " RawJson, or a type annotated @Model.");
  }

  /** A map whose keys are not strings. */
  public static String mapKey(String type, String property, String keyType) {
    return id("Model/MapKey", "@Model on " + type + ": property '" + property + "' is a Map keyed by "
        + keyType + ", but JSON object keys are strings. Use Map<String, V>.");
  }

  /** A nested Optional, an Optional of a collection element, etc. */
  public static String optionalPlacement(String type, String property) {
    return id("Model/Optional", "@Model on " + type + ": property '" + property + "' uses Optional inside"
        + " another type; Optional only means 'absent' for a whole property. Use the element type itself.");
  }

  /** Two properties with the same JSON name. */
  public static String duplicateName(String type, String jsonName, String first, String second) {
    return id("Model/DuplicateName", "@Model on " + type + ": properties '" + first + "' and '" + second
        + "' both map to the JSON name \"" + jsonName + "\". Rename one with @JsonProperty.");
  }

  /** More than one Extras component. */
  public static String extrasTwice(String type) {
    return id("Model/Extras", "@Model on " + type + ": only one property may hold Extras (the undeclared"
        + " properties). Remove the others.");
  }

  /** An annotation that needs a String property. */
  public static String needsString(String annotation, String type, String property, String javaType) {
    return id("Model/" + annotation.substring(1), annotation + " on '" + property + "' of " + type
        + ": it applies to String properties only, but this one is " + javaType + ". Make it a String or"
        + " remove " + annotation + ".");
  }

  /** A default that does not fit its property. */
  public static String badDefault(String type, String property, String value, String expected) {
    return id("Model/Default", "@Model on " + type + ": the default \"" + value + "\" of '" + property
        + "' is not " + expected + ". Fix @JsonProperty(defaultValue = ...).");
  }

  /** A required property with a default. */
  public static String requiredWithDefault(String type, String property) {
    return id("Model/RequiredDefault", "@Model on " + type + ": '" + property + "' is required but has a"
        + " default, which would never be used. Remove one of the two.");
  }

  /** A sealed interface without @Discriminator. */
  public static String unionDiscriminator(String type) {
    return id("Model/Union", "@Model on " + type + ": a sealed interface is a union of its permitted"
        + " subtypes and needs @Discriminator(\"property\") naming the constant property that tells them"
        + " apart. Add it.");
  }

  /** A union variant that is not a model. */
  public static String unionVariant(String type, String variant) {
    return id("Model/UnionVariant", "@Model on " + type + ": permitted subtype " + variant + " must itself"
        + " be a @Model record or final class. Annotate it @Model.");
  }

  /** A union variant without its constant. */
  public static String unionConstant(String type, String variant, String property) {
    return id("Model/UnionConstant", "@Model on " + type + ": variant " + variant + " needs a String"
        + " property '" + property + "' annotated @Const(\"...\") giving the value that selects it. Add it.");
  }

  /** Two variants with the same constant. */
  public static String unionDuplicate(String type, String constant, String first, String second) {
    return id("Model/UnionDuplicate", "@Model on " + type + ": variants " + first + " and " + second
        + " both use \"" + constant + "\"; each variant needs its own value. Change one @Const.");
  }

  /** A type that never resolved. */
  public static String unresolved(String type, String what) {
    return id("Model/Unresolved", "@Model on " + type + ": " + what + " could not be resolved, even after"
        + " every round of annotation processing. Check its import and spelling, and that the processor"
        + " that generates it runs.");
  }

  /** An unexpected failure inside the processor. */
  public static String crash(String element, Throwable error) {
    return id("Processor/Crash", "the Flow CDK processor failed on " + element + ": " + error
        + ". This is a bug in the processor; please report it with this message.");
  }

  /** "Did you mean" for a name among candidates. */
  public static String didYouMean(String name, Collection<String> candidates) {
    return candidates.stream()
        .min(Comparator.comparingInt(c -> distance(name.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT))))
        .filter(c -> distance(name.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT)) <= 2)
        .map(c -> " Did you mean '" + c + "'?")
        .orElse("");
  }

  private static String capitalize(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
