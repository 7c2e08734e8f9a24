package flowcdk.processor.read;

/**
 * Qualified names of the annotations the processor reads. Jackson's are read by name, so the
 * processor does not depend on Jackson and users need Jackson only if they use its annotations.
 */
public final class AnnotationNames {

  private AnnotationNames() {}

  private static final String OURS = "flowcdk.annotations.";
  private static final String JACKSON = "com.fasterxml.jackson.annotation.";

  /** {@code @Model}. */
  public static final String MODEL = OURS + "Model";

  /** {@code @Title}. */
  public static final String TITLE = OURS + "Title";

  /** {@code @Secret}. */
  public static final String SECRET = OURS + "Secret";

  /** {@code @Multiline}. */
  public static final String MULTILINE = OURS + "Multiline";

  /** {@code @Advanced}. */
  public static final String ADVANCED = OURS + "Advanced";

  /** {@code @Nonsensitive}. */
  public static final String NONSENSITIVE = OURS + "Nonsensitive";

  /** {@code @HiddenField}. */
  public static final String HIDDEN_FIELD = OURS + "HiddenField";

  /** {@code @Order}. */
  public static final String ORDER = OURS + "Order";

  /** {@code @Format}. */
  public static final String FORMAT = OURS + "Format";

  /** {@code @Const}. */
  public static final String CONST = OURS + "Const";

  /** {@code @OAuth2Provider}. */
  public static final String OAUTH2_PROVIDER = OURS + "OAuth2Provider";

  /** {@code @Discriminator}. */
  public static final String DISCRIMINATOR = OURS + "Discriminator";

  /** {@code @Resource}. */
  public static final String RESOURCE = OURS + "Resource";

  /** {@code @Capture}. */
  public static final String CAPTURE = OURS + "Capture";

  /** Jackson's {@code @JsonProperty}. */
  public static final String JSON_PROPERTY = JACKSON + "JsonProperty";

  /** Jackson's {@code @JsonPropertyDescription}. */
  public static final String JSON_PROPERTY_DESCRIPTION = JACKSON + "JsonPropertyDescription";

  /** Jackson's {@code @JsonClassDescription}. */
  public static final String JSON_CLASS_DESCRIPTION = JACKSON + "JsonClassDescription";

  /** Jackson's {@code @JsonIgnore}. */
  public static final String JSON_IGNORE = JACKSON + "JsonIgnore";

  /** Jackson's {@code @JsonCreator}. */
  public static final String JSON_CREATOR = JACKSON + "JsonCreator";

  /** Runtime types with special meaning in models. */
  public static final String EXTRAS = "flowcdk.runtime.codec.Extras";

  /** The document metadata type. */
  public static final String META = "flowcdk.runtime.codec.Meta";

  /** What a resource class implements. */
  public static final String BINDING_OPENER = "flowcdk.connector.ResourceOpener";

  /** What a capture class implements. */
  public static final String CAPTURE_CONNECTOR = "flowcdk.connector.CaptureConnector";

  /** The standard resource config. */
  public static final String STANDARD_RESOURCE_CONFIG = "flowcdk.connector.ResourceConfig";
}
