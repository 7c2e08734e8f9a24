package flowcdk.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Shared helpers: compile sources with the Flow CDK processor and read what came out. */
public final class Compilations {

  private Compilations() {}

  /** A source file {@code name} (e.g. {@code "test.Config"}) made of {@code lines}. */
  public static JavaFileObject source(String name, String... lines) {
    return JavaFileObjects.forSourceLines(name, lines);
  }

  /** Compiles {@code sources} with {@link FlowProcessor} (and any extra processors). */
  public static Compilation compile(List<Processor> extra, JavaFileObject... sources) {
    Processor[] processors = new Processor[extra.size() + 1];
    processors[0] = new FlowProcessor();
    for (int i = 0; i < extra.size(); i++) {
      processors[i + 1] = extra.get(i);
    }
    return javac().withProcessors(processors).withOptions("-Xlint:-processing").compile(sources);
  }

  /** Compiles {@code sources} with {@link FlowProcessor} and every javac lint check on. */
  static Compilation compileWithLint(JavaFileObject... sources) {
    return javac()
        .withProcessors(new FlowProcessor())
        .withOptions("-Xlint:all", "-Xlint:-processing")
        .compile(sources);
  }

  /** Compiles {@code sources} with {@link FlowProcessor}. */
  public static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  /** The text of a generated source file, e.g. {@code "test.ConfigJson"}. */
  public static String generatedSource(Compilation compilation, String qualifiedName) {
    JavaFileObject file =
        compilation
            .generatedSourceFile(qualifiedName)
            .orElseThrow(
                () ->
                    new AssertionError(
                        "no generated source "
                            + qualifiedName
                            + "; generated: "
                            + compilation.generatedSourceFiles().stream()
                                .map(JavaFileObject::getName)
                                .toList()
                            + "\n"
                            + describe(compilation)));
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The {@code SCHEMA_JSON} of a generated codec, e.g. {@code "test.ConfigJson"}, as compact JSON
   * (what {@code SCHEMA} holds): the text block's value, without the whitespace between tokens.
   */
  public static String schemaJson(Compilation compilation, String codec) {
    String source = generatedSource(compilation, codec);
    String start = "SCHEMA_JSON = \"\"\"\n";
    int from = source.indexOf(start);
    if (from < 0) {
      throw new AssertionError("no SCHEMA_JSON text block in " + codec + ":\n" + source);
    }
    from += start.length();
    // The closing delimiter's line is part of the block, for its indentation.
    int to = source.indexOf("\"\"\"", from);
    String text = source.substring(from, to).stripIndent().translateEscapes();
    StringBuilder compact = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString && c == '\\') {
        compact.append(c).append(text.charAt(++i));
        continue;
      }
      if (c == '"') {
        inString = !inString;
      }
      if (inString || !Character.isWhitespace(c)) {
        compact.append(c);
      }
    }
    return compact.toString();
  }

  /** Every diagnostic, one per line, for assertion messages. */
  public static String describe(Compilation compilation) {
    return compilation.diagnostics().stream()
        .map(
            d ->
                d.getKind()
                    + " "
                    + (d.getSource() == null
                        ? ""
                        : d.getSource().getName() + ":" + d.getLineNumber())
                    + " "
                    + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n"));
  }

  /** The error messages. */
  public static List<String> errors(Compilation compilation) {
    return compilation.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
  }

  /** The warnings, other than notes. */
  public static List<Diagnostic<? extends JavaFileObject>> warnings(Compilation compilation) {
    return List.copyOf(compilation.warnings());
  }
}
