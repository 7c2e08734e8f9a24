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
    return id(
        "Model/Kind",
        "@Model on "
            + type
            + ": a model must be a record, a final class, an enum or a"
            + " sealed interface, but "
            + type
            + " is "
            + kind
            + ". Make it a record (or, for a choice between"
            + " models, a sealed interface annotated @Discriminator).");
  }

  /** A generic {@code @Model}. */
  public static String modelGeneric(String type) {
    return id(
        "Model/Generic",
        "@Model on "
            + type
            + ": a model cannot have type parameters, because its"
            + " codec and schema must be fixed at compile time. Declare a concrete type for each use.");
  }

  /** A non-static inner class or a private type. */
  public static String modelNotAccessible(String type, String why) {
    return id(
        "Model/NotAccessible",
        "@Model on "
            + type
            + ": the generated codec in the same package must"
            + " be able to construct and read it, but it is "
            + why
            + ". Make it a top-level type or a static,"
            + " non-private nested type.");
  }

  /** A model class that is not final. */
  public static String modelNotFinal(String type) {
    return id(
        "Model/NotFinal",
        "@Model on "
            + type
            + ": a model class must be final, because its codec"
            + " constructs exactly this class. Declare it final, or make it a record.");
  }

  /** A model class without a usable constructor. */
  public static String modelConstructor(String type, int count) {
    return id(
        "Model/Constructor",
        "@Model on "
            + type
            + ": a model class needs exactly one public"
            + " constructor taking every property (or one annotated @JsonCreator), but it has "
            + count
            + ". Add one, or make it a record.");
  }

  /** A JavaBean-style model class: a no-argument constructor, with fields, getters or setters. */
  public static String modelJavaBean(String type) {
    return id(
        "Model/JavaBean",
        "@Model on "
            + type
            + ": a model's properties are its record components or the parameters of its"
            + " constructor, but "
            + type
            + " is JavaBean-style (a no-argument constructor with fields, getters or setters), so"
            + " its schema and codec would have no properties. Make it a record, or give it a"
            + " constructor taking every property.");
  }

  /** A class property that has no accessor. */
  public static String modelNoAccessor(String type, String property) {
    return id(
        "Model/NoAccessor",
        "@Model on "
            + type
            + ": the constructor parameter '"
            + property
            + "' has no public accessor "
            + property
            + "(), get"
            + capitalize(property)
            + "() or field "
            + property
            + ", so the codec cannot write it. Add one.");
  }

  /** A parameter whose name was lost in compilation. */
  public static String modelSyntheticName(String type, String parameter) {
    return id(
        "Model/ParameterName",
        "@Model on "
            + type
            + ": constructor parameter '"
            + parameter
            + "' has no real name (the class was compiled without -parameters). Annotate it"
            + " @JsonProperty(\"name\"), or compile it with -parameters.");
  }

  /** A property type that a model cannot hold. */
  public static String unsupportedType(String type, String property, String javaType) {
    return id(
        "Model/UnsupportedType",
        "@Model on "
            + type
            + ": property '"
            + property
            + "' has type "
            + javaType
            + ", which a model cannot hold. Use a primitive or its box, String, BigDecimal,"
            + " BigInteger, a java.time type, UUID, an enum, List, Set, Map<String, V>, Optional, an array,"
            + " RawJson, or a type annotated @Model.");
  }

  /** A map whose keys are not strings. */
  public static String mapKey(String type, String property, String keyType) {
    return id(
        "Model/MapKey",
        "@Model on "
            + type
            + ": property '"
            + property
            + "' is a Map keyed by "
            + keyType
            + ", but JSON object keys are strings. Use Map<String, V>.");
  }

  /** A nested Optional, an Optional of a collection element, etc. */
  public static String optionalPlacement(String type, String property) {
    return id(
        "Model/Optional",
        "@Model on "
            + type
            + ": property '"
            + property
            + "' uses Optional inside"
            + " another type; Optional only means 'absent' for a whole property. Use the element type itself.");
  }

  /** Two properties with the same JSON name. */
  public static String duplicateName(String type, String jsonName, String first, String second) {
    return id(
        "Model/DuplicateName",
        "@Model on "
            + type
            + ": properties '"
            + first
            + "' and '"
            + second
            + "' both map to the JSON name \""
            + jsonName
            + "\". Rename one with @JsonProperty.");
  }

  /** More than one Extras component. */
  public static String extrasTwice(String type) {
    return id(
        "Model/Extras",
        "@Model on "
            + type
            + ": only one property may hold Extras (the undeclared"
            + " properties). Remove the others.");
  }

  /** An annotation that needs a String property. */
  public static String needsString(
      String annotation, String type, String property, String javaType) {
    return id(
        "Model/" + annotation.substring(1),
        annotation
            + " on '"
            + property
            + "' of "
            + type
            + ": it applies to String properties only, but this one is "
            + javaType
            + ". Make it a String or"
            + " remove "
            + annotation
            + ".");
  }

  /** A default that does not fit its property. */
  public static String badDefault(String type, String property, String value, String expected) {
    return id(
        "Model/Default",
        "@Model on "
            + type
            + ": the default \""
            + value
            + "\" of '"
            + property
            + "' is not "
            + expected
            + ". Fix @JsonProperty(defaultValue = ...).");
  }

  /** A required property with a default. */
  public static String requiredWithDefault(String type, String property) {
    return id(
        "Model/RequiredDefault",
        "@Model on "
            + type
            + ": '"
            + property
            + "' is required but has a"
            + " default, which would never be used. Remove one of the two.");
  }

  /** A sealed interface without @Discriminator. */
  public static String unionDiscriminator(String type) {
    return id(
        "Model/Union",
        "@Model on "
            + type
            + ": a sealed interface is a union of its permitted"
            + " subtypes and needs @Discriminator(\"property\") naming the constant property that tells them"
            + " apart. Add it.");
  }

  /** A union variant that is not a model. */
  public static String unionVariant(String type, String variant) {
    return id(
        "Model/UnionVariant",
        "@Model on "
            + type
            + ": permitted subtype "
            + variant
            + " must itself"
            + " be a @Model record or final class. Annotate it @Model.");
  }

  /** A union variant without its constant. */
  public static String unionConstant(String type, String variant, String property) {
    return id(
        "Model/UnionConstant",
        "@Model on "
            + type
            + ": variant "
            + variant
            + " needs a String"
            + " property '"
            + property
            + "' annotated @Const(\"...\") giving the value that selects it. Add it.");
  }

  /** Two variants with the same constant. */
  public static String unionDuplicate(String type, String constant, String first, String second) {
    return id(
        "Model/UnionDuplicate",
        "@Model on "
            + type
            + ": variants "
            + first
            + " and "
            + second
            + " both use \""
            + constant
            + "\"; each variant needs its own value. Change one @Const.");
  }

  // ---------------------------------------------------------------------------------------------
  // @Resource

  /** A resource class that is not a public final class with a public no-arg constructor. */
  public static String resourceClass(String type) {
    return id(
        "Resource/Class",
        "@Resource on "
            + type
            + ": a resource must be a public final class with a"
            + " public no-argument constructor, so the generated registry can create it. Make it so.");
  }

  /** A resource class that does not implement ResourceOpener. */
  public static String resourceOpener(String type) {
    return id(
        "Resource/Opener",
        "@Resource on "
            + type
            + ": a resource must implement"
            + " flowcdk.connector.ResourceOpener, whose open(binding) starts capturing a binding of it"
            + " (typically with the common strategies). Implement it.");
  }

  /** A document type that is not a @Model record or final class. */
  public static String resourceDocument(String type, String document) {
    return id(
        "Resource/Document",
        "@Resource(document = "
            + document
            + ") on "
            + type
            + ": the document"
            + " must be a @Model record or final class. Annotate "
            + document
            + " @Model.");
  }

  /** A key pointer that is not a JSON pointer. */
  public static String keySyntax(String type, String pointer) {
    return id(
        "Resource/KeySyntax",
        "@Resource(key = \""
            + pointer
            + "\") on "
            + type
            + ": a key is a"
            + " JSON pointer and starts with '/', e.g. \"/id\". Fix the pointer.");
  }

  /** A key pointer naming no property. */
  public static String keyUnknown(
      String type, String pointer, String model, String token, String hint) {
    return id(
        "Resource/KeyUnknown",
        "@Resource(key = \""
            + pointer
            + "\") on "
            + type
            + ": "
            + model
            + " has no property \""
            + token
            + "\"."
            + hint
            + " Point the key at a property of the document.");
  }

  /** A key pointer naming a property that may be absent or null. */
  public static String keyNotRequired(String type, String pointer, String property) {
    return id(
        "Resource/KeyNotRequired",
        "@Resource(key = \""
            + pointer
            + "\") on "
            + type
            + ": the key"
            + " pointer "
            + pointer
            + " names "
            + property
            + ", which is not required; a collection key must be"
            + " present in every document. Make the component a primitive, annotate it @NotNull, or use"
            + " @JsonProperty(required = true).");
  }

  /** A key pointer into something that is not an object property. */
  public static String keyNotScalar(String type, String pointer, String property) {
    return id(
        "Resource/KeyType",
        "@Resource(key = \""
            + pointer
            + "\") on "
            + type
            + ": "
            + property
            + " is a list, map or generic value, which cannot be part of a key. Key on a scalar property.");
  }

  /** A snapshot resource not keyed on /_meta/row_id. */
  public static String snapshotKey(String type) {
    return id(
        "Resource/SnapshotKey",
        "@Resource(snapshot = true) on "
            + type
            + ": a snapshot resource must"
            + " be keyed on /_meta/row_id, which is how deletions address the document they remove. Add"
            + " \"/_meta/row_id\" to the key.");
  }

  /** An interval that does not parse. */
  public static String interval(String type, String value) {
    return id(
        "Resource/Interval",
        "@Resource(interval = \""
            + value
            + "\") on "
            + type
            + ": not an"
            + " ISO-8601 duration. Write it like \"PT5M\", \"PT1H30M\" or \"P1D\".");
  }

  /** A schedule that does not parse. */
  public static String schedule(String type, String value) {
    return id(
        "Resource/Schedule",
        "@Resource(schedule = \""
            + value
            + "\") on "
            + type
            + ": not a cron"
            + " expression of five fields (minute 0-59, hour 0-23, day of month 1-31, month 1-12, day of week"
            + " 0-6), each *, N, N-M or */S, comma-separated; e.g. \"0 3 * * *\" for 03:00 UTC daily.");
  }

  /** An unknown reduction strategy. */
  public static String reduction(String type, String value, java.util.List<String> known) {
    return id(
        "Resource/Reduction",
        "@Resource(reductionStrategy = \""
            + value
            + "\") on "
            + type
            + ": unknown strategy; use one of "
            + String.join(", ", known)
            + "."
            + didYouMean(value, known));
  }

  /** An empty or blank resource name. */
  public static String resourceName(String type) {
    return id(
        "Resource/Name",
        "@Resource(name = \"\") on "
            + type
            + ": a resource needs a name; it is the"
            + " resource path and the recommended collection name. Give one.");
  }

  /**
   * The connector docs page of {@code type} could not be written (a warning: the connector still
   * compiles and runs).
   */
  public static String captureDocsNotWritten(String type, String file, String why) {
    return id(
        "Capture/DocsNotWritten",
        "@Capture on "
            + type
            + ": the connector docs page "
            + file
            + " could not be written ("
            + why
            + "). Check that the folder given by -Aflowcdk.connectorDocs (or target/connector-docs)"
            + " is writable.");
  }

  /** A resource that no {@code @Capture} of the compilation lists. */
  public static String resourceUnlisted(
      String type, String simpleName, java.util.List<String> captures) {
    return id(
        "Resource/Unlisted",
        "@Resource on "
            + type
            + ": no @Capture lists it, so no connector captures it ("
            + (captures.isEmpty()
                ? "no @Capture is compiled with it"
                : "compiled with it: " + String.join(", ", captures))
            + "). List it in @Capture(resources = {..., "
            + simpleName
            + ".class}) of its connector, or remove the class.");
  }

  // ---------------------------------------------------------------------------------------------
  // @Resource(webhook = @Webhook(...))

  /** More than one {@code @Webhook} on one resource. */
  public static String webhookCount(String type, int count) {
    return id(
        "Resource/WebhookCount",
        "@Resource(webhook = {...}) on "
            + type
            + ": a resource has at most one @Webhook, but it has "
            + count
            + ". List several rules in one, such as @Webhook(url = {\"/a\", \"/b\"}) or"
            + " @Webhook(body = \"type\", value = {\"a\", \"b\"}): each becomes a resource of its"
            + " own. Keep one @Webhook.");
  }

  /** A {@code @Webhook} with none or several of url, header and body. */
  public static String webhookMatch(String type, java.util.List<String> given) {
    return id(
        "Resource/WebhookMatch",
        "@Webhook on "
            + type
            + ": a webhook rule matches by exactly one of url, header and body, but "
            + (given.isEmpty() ? "it gives none" : "it gives " + String.join(" and ", given))
            + ". Give exactly one, e.g. @Webhook(url = \"/events\") or"
            + " @Webhook(header = \"X-Event\", value = \"push\").");
  }

  /** A {@code @Webhook(url = ...)} with values. */
  public static String webhookUrlValue(String type) {
    return id(
        "Resource/WebhookUrlValue",
        "@Webhook(url = ..., value = ...) on "
            + type
            + ": a URL rule matches the request's path alone and takes no value. Remove value, or"
            + " match by header or body instead of url.");
  }

  /** A header or body rule without values, or with an empty one. */
  public static String webhookValue(String type, String attribute, String key) {
    return id(
        "Resource/WebhookValue",
        "@Webhook("
            + attribute
            + " = \""
            + key
            + "\") on "
            + type
            + ": a "
            + attribute
            + " rule needs the values to match in value, each non-empty; each is a rule of its own."
            + " Give them, e.g. value = {\"push\", \"pull\"}.");
  }

  /** An invalid URL pattern or body key: the runtime's problem text. */
  public static String webhookRule(String type, String problem) {
    return id(
        "Resource/WebhookRule",
        "@Webhook on "
            + type
            + ": "
            + problem
            + ". Fix it; a URL pattern is '*' or a path such as '/hooks/{id}', a body key a dotted"
            + " path such as 'event.type'.");
  }

  /** A rule listed twice in one {@code @Webhook}. */
  public static String webhookDuplicate(String type, String rule) {
    return id(
        "Resource/WebhookDuplicate",
        "@Webhook on "
            + type
            + ": the rule "
            + rule
            + " is listed twice; each rule makes a resource of its own. Remove the repeat.");
  }

  /** A webhook resource that is also a snapshot or has an interval or schedule. */
  public static String webhookPolled(String type, String attribute) {
    return id(
        "Resource/WebhookPolled",
        "@Resource(webhook = ..., "
            + attribute
            + ") on "
            + type
            + ": a webhook resource is pushed to by requests, not polled, so it has no snapshot,"
            + " interval or schedule. Remove "
            + attribute
            + ", or make it a polled resource without webhook.");
  }

  /** A webhook resource class that is not a public class. */
  public static String webhookClass(String type) {
    return id(
        "Resource/WebhookClass",
        "@Resource(webhook = ...) on "
            + type
            + ": a webhook resource must be declared on a public class (a top-level or static"
            + " nested one), so a capture in any package can list it. Make it so.");
  }

  /** A webhook resource class that implements ResourceOpener. */
  public static String webhookOpener(String type) {
    return id(
        "Resource/WebhookOpener",
        "@Resource(webhook = ...) on "
            + type
            + ": a webhook resource must not implement flowcdk.connector.ResourceOpener, because"
            + " the CDK opens webhook bindings itself (requests to the webhook endpoint are the"
            + " documents) and its open(binding) would never run. Remove the implements clause,"
            + " or remove webhook to poll the resource.");
  }

  /** A webhook resource's key pointer under {@code /_meta/} that the endpoint does not set. */
  public static String webhookMetaKey(String type, String pointer, java.util.List<String> known) {
    return id(
        "Resource/WebhookKey",
        "@Resource(key = \""
            + pointer
            + "\") on "
            + type
            + ": the webhook endpoint sets only "
            + String.join(", ", known)
            + " of a webhook document's _meta in every document. Key on one of them (usually "
            + known.get(0)
            + "), or on a property of the document.");
  }

  // ---------------------------------------------------------------------------------------------
  // @Capture

  /** A capture class that is not a public final class with a public no-arg constructor. */
  public static String captureClass(String type) {
    return id(
        "Capture/Class",
        "@Capture on "
            + type
            + ": the connector must be a public final class with a"
            + " public no-argument constructor, so the generated main can create it. Make it so.");
  }

  /** A capture class that does not implement CaptureConnector<Config>. */
  public static String captureConnector(String type, String config) {
    return id(
        "Capture/Connector",
        "@Capture on "
            + type
            + ": the connector must implement"
            + " flowcdk.connector.CaptureConnector<"
            + config
            + ">, naming its config type. Implement it.");
  }

  /** A config type that is not a @Model. */
  public static String captureConfig(String type, String attribute, String config) {
    return id(
        "Capture/Config",
        "@Capture("
            + attribute
            + " = "
            + config
            + ") on "
            + type
            + ": the "
            + attribute
            + " type must be a @Model record or final class, so it can be decoded and has a schema."
            + " Annotate "
            + config
            + " @Model.");
  }

  /** A listed resource that is not a @Resource. */
  public static String captureResource(String type, String resource) {
    return id(
        "Capture/Resource",
        "@Capture(resources = ...) on "
            + type
            + ": "
            + resource
            + " is not"
            + " annotated @Resource. Annotate it, or remove it from the list.");
  }

  /** A resource path pointer that is not a required string property of the resource config. */
  public static String resourcePath(String type, String pointer, String config, String rule) {
    return id(
        "Capture/ResourcePath",
        "@Capture(resourcePath = ...) on "
            + type
            + ": pointer "
            + pointer
            + " does not fit "
            + config
            + ": "
            + rule
            + ". Fix the pointer or the resource config model.");
  }

  /** A resource whose opener takes another config or resource config. */
  public static String resourceConfigType(
      String type, String resource, String config, String resourceConfig) {
    return id(
        "Capture/ResourceConfig",
        "@Capture(resources = ...) on "
            + type
            + ": "
            + resource
            + " must implement ResourceOpener<"
            + config
            + ", "
            + resourceConfig
            + ">, since its bindings are opened with this capture's config and resource config."
            + " Change its type arguments.");
  }

  /** Two resources with one name. */
  public static String duplicateResource(String type, String name, String first, String second) {
    return id(
        "Capture/DuplicateResource",
        "@Capture on "
            + type
            + ": resources "
            + first
            + " and "
            + second
            + " are both named \""
            + name
            + "\"; names identify resources and must be unique. Rename one.");
  }

  /** Two webhook rules of a capture's resources that cannot both route requests. */
  public static String webhookConflict(String type, String first, String second, String conflict) {
    return id(
        "Capture/WebhookConflict",
        "@Capture on "
            + type
            + ": the webhook rules of resources "
            + first
            + " and "
            + second
            + " cannot both route requests: "
            + conflict
            + ". Change one rule so that every request has a single resource, or list only one of"
            + " the resources.");
  }

  /** A resource name, after the expansion of webhook rules, that two resources have. */
  public static String webhookResourceName(String type, String name, String first, String second) {
    return id(
        "Capture/WebhookResourceName",
        "@Capture on "
            + type
            + ": resources "
            + first
            + " and "
            + second
            + " are both named \""
            + name
            + "\" (a resource with several webhook rules makes one resource per rule, named"
            + " <name>_<rule>); names identify resources and must be unique. Rename one, or change"
            + " a rule.");
  }

  // ---------------------------------------------------------------------------------------------
  // @OAuth2Provider

  /** A blank OAuth2 provider id. */
  public static String oauth2Provider(String type) {
    return id(
        "OAuth2/Provider",
        "@OAuth2Provider on "
            + type
            + ": the provider id is blank; it names the OAuth2 provider whose flow Estuary runs"
            + " (the schema's x-oauth2-provider and the spec's oauth2.provider)."
            + " Give it, e.g. @OAuth2Provider(\"hubspot\").");
  }

  /** A missing or blank template of the spec's oauth2 object. */
  public static String oauth2Template(String type, String attribute) {
    return id(
        "OAuth2/Template",
        "@OAuth2Provider("
            + attribute
            + " = ...) on "
            + type
            + ": on a @Capture class the annotation is the spec's oauth2 object, and Estuary needs"
            + " its "
            + attribute
            + "; it is missing or blank. Give it.");
  }

  /** A map entry of the spec's oauth2 object that is not {@code key=value}. */
  public static String oauth2Entry(String type, String attribute, String entry) {
    return id(
        "OAuth2/Entry",
        "@OAuth2Provider("
            + attribute
            + " = ...) on "
            + type
            + ": entry \""
            + entry
            + "\" is not \"key=value\"; each entry is a non-blank key without surrounding spaces,"
            + " '=', then the value. Write it so.");
  }

  /** Two entries with one key in a map of the spec's oauth2 object. */
  public static String oauth2DuplicateKey(String type, String attribute, String key) {
    return id(
        "OAuth2/DuplicateKey",
        "@OAuth2Provider("
            + attribute
            + " = ...) on "
            + type
            + ": key \""
            + key
            + "\" appears in more than one entry; a key maps to one value. Remove the extra ones.");
  }

  /** Spec settings of @OAuth2Provider on a model. */
  public static String oauth2OnModel(String type, String attribute) {
    return id(
        "OAuth2/OnModel",
        "@OAuth2Provider("
            + attribute
            + " = ...) on model "
            + type
            + ": on a @Model only the provider id applies (the schema's x-oauth2-provider); "
            + attribute
            + " is part of the spec's oauth2 object. Move it to an @OAuth2Provider on the"
            + " @Capture class.");
  }

  /** A docs URL that is not an http(s) URL. */
  public static String docsUrl(String type, String value) {
    return id(
        "Capture/DocsUrl",
        "@Capture(docsUrl = \""
            + value
            + "\") on "
            + type
            + ": the"
            + " documentation URL must be an http:// or https:// URL. Fix it.");
  }

  /** A type that never resolved. */
  public static String unresolved(String type, String what) {
    return unresolved("Model", type, what);
  }

  /** A type that never resolved, for the element carrying {@code @<annotation>}. */
  public static String unresolved(String annotation, String type, String what) {
    return id(
        annotation + "/Unresolved",
        "@"
            + annotation
            + " on "
            + type
            + ": "
            + what
            + " could not be"
            + " resolved, even after every round of annotation processing. Check its import and spelling, and"
            + " that the processor that generates it runs.");
  }

  /** An unexpected failure inside the processor. */
  public static String crash(String element, Throwable error) {
    return id(
        "Processor/Crash",
        "the Flow CDK processor failed on "
            + element
            + ": "
            + error
            + ". This is a bug in the processor; please report it with this message.");
  }

  /** "Did you mean" for a name among candidates. */
  public static String didYouMean(String name, Collection<String> candidates) {
    return candidates.stream()
        .min(
            Comparator.comparingInt(
                c -> distance(name.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT))))
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
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
