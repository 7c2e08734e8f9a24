package flowcdk.runtime.log;

/**
 * One log record of a library (Vert.x, Netty, or anything using {@code java.util.logging}) on its
 * way into the ops log. As in the Python CDK, a library's records pass only at WARNING and above;
 * the logger's name becomes {@code fields.source}.
 */
final class LibraryRecord {

  private LibraryRecord() {}

  /** Writes a library's WARNING or ERROR record; {@code source} is the library logger's name. */
  static void write(Level level, String source, String msg, Throwable thrown) {
    Logging.writer()
        .write(
            level,
            source == null ? "library" : source,
            msg == null ? "" : msg,
            Fields.NONE,
            thrown);
  }

  /**
   * {@code template} with each {@code {}} replaced by the next argument, as SLF4J-style loggers
   * (Netty's) write them; a last argument that no placeholder takes and is a {@link Throwable} is
   * the record's error.
   */
  static void writeFormatted(Level level, String source, String template, Object... args) {
    StringBuilder msg = new StringBuilder();
    int used = 0;
    int from = 0;
    String text = String.valueOf(template);
    for (int at = text.indexOf("{}");
        at >= 0 && used < args.length;
        at = text.indexOf("{}", from)) {
      msg.append(text, from, at).append(args[used++]);
      from = at + 2;
    }
    msg.append(text, from, text.length());
    Throwable thrown =
        used < args.length && args[args.length - 1] instanceof Throwable t ? t : null;
    write(level, source, msg.toString(), thrown);
  }
}
