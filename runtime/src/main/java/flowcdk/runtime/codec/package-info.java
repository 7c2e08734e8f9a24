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
 *   <li>{@link flowcdk.runtime.codec.ValueReader} and {@link flowcdk.runtime.codec.ValueWriter}
 *       read and write one value (every codec is both); {@link flowcdk.runtime.codec.JsonArrays},
 *       {@link flowcdk.runtime.codec.JsonMaps} and {@link flowcdk.runtime.codec.PrimitiveArrays}
 *       read and write collections, maps and arrays given their elements' reader or writer, and
 *       {@link flowcdk.runtime.codec.EnumNames} an enum given its constants' JSON names, so that
 *       generated codecs only hold what is particular to their model.
 *   <li>{@link flowcdk.runtime.codec.SchemaText} turns the pretty-printed schema text of a
 *       generated codec into its compact {@link flowcdk.runtime.json.RawJson}.
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
