/**
 * The annotation processor: validates {@code @Capture}, {@code @Resource} and {@code @Model}
 * declarations and generates reflection-free dispatch, codecs, schemas and registries.
 */
package flowcdk.processor;
