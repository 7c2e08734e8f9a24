/**
 * Run-time support for the JSON codecs that the annotation processor generates: for each model type
 * {@code Foo} a class {@code FooJson implements} {@link flowcdk.runtime.codec.JsonCodec}.
 *
 * <ul>
 *   <li>{@link flowcdk.runtime.codec.JsonCodec} is the contract; {@link
 *       flowcdk.runtime.codec.MetaJson} is a hand-written codec in the generated shape.
 *   <li>{@link flowcdk.runtime.codec.Codecs} decodes and encodes whole documents and holds the
 *       readers and writers of scalar types (numbers, strings, dates and times, durations, UUIDs,
 *       enums, raw JSON).
 *   <li>{@link flowcdk.runtime.codec.DecodeContext} tracks the JSON pointer and collects {@link
 *       flowcdk.runtime.codec.DecodeProblem}s, so one decode reports every problem at once in a
 *       {@link flowcdk.runtime.codec.DecodeException}.
 *   <li>{@link flowcdk.runtime.codec.Extras} keeps the members a model does not declare so they are
 *       written back unchanged; {@link flowcdk.runtime.codec.Meta} and {@link
 *       flowcdk.runtime.codec.Op} model a document's {@code _meta}.
 * </ul>
 *
 * <p>Written values follow the Python CDK so that a Java connector's documents and states look like
 * a Python connector's: datetimes with {@code Z} and a 6-digit fraction only when non-zero,
 * durations in the canonical ISO 8601 form, and members that were never set left out entirely
 * (exclude-unset) rather than written as their defaults.
 */
package flowcdk.runtime.codec;
