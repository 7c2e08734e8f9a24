/**
 * Black-box fixtures for the annotation processor: {@code @Model} types compiled by the real
 * processor in this module's Maven build, exactly as a connector's models are.
 *
 * <p>The models live in {@code src/main} rather than {@code src/test} so that the processor runs in
 * the same configuration a connector's own sources use (main compilation, processor path, {@code
 * -Xlint:all -Werror}): generated code that does not compile cleanly fails this module's build. The
 * JUnit tests under {@code src/test} then call the generated {@code FooJson} codecs directly, with
 * no reflection, and compare decoded values and exact encoded JSON text. One more model lives in
 * {@code src/test} to show that test compilation runs the processor too.
 *
 * <p>Nothing here is published for use by connectors.
 */
package flowcdk.blackbox;
