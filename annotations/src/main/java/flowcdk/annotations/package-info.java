/**
 * The annotations a connector author writes ({@code @Capture}, {@code @Resource}, {@code @Model}).
 *
 * <p>This module has CLASS retention annotations only and no dependencies; the processor in {@code
 * flowcdk-processor} reads them at compile time.
 */
package flowcdk.annotations;
