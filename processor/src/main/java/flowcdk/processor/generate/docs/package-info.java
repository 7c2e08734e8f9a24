/**
 * The connector's documentation page, {@code <Capture>.md}: rendered from the validated capture,
 * the JSON schemas the processor generates for its models, and the capture class's Javadoc.
 */
package flowcdk.processor.generate.docs;
