/**
 * The annotations a connector author writes ({@code @Capture}, {@code @Resource}, {@code @Model}
 * and the schema annotations), read at compile time by the processor in {@code flowcdk-processor}.
 * One package, exported; no dependencies.
 */
module flowcdk.annotations {
  exports flowcdk.annotations;
}
