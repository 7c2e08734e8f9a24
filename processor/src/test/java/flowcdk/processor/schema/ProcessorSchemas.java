package flowcdk.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import flowcdk.processor.FlowProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * The schemas our processor computes for the corpus: the corpus sources are compiled once more with
 * {@link FlowProcessor} (Maven compiles the same files without it, for victools), and each
 * generated {@code <Model>Json.SCHEMA_JSON} is read from the generated class files, loaded in a
 * class loader whose parent is the test class loader (so the models are the same classes victools
 * sees).
 */
final class ProcessorSchemas {

  static final String CORPUS = "src/test/java/flowcdk/processor/schema/corpus";

  private static ClassLoader generated;

  private ProcessorSchemas() {}

  /** {@code SCHEMA_JSON} of the codec generated for {@code model}. */
  static String schemaJson(Class<?> model) {
    try {
      Class<?> codec = Class.forName(codecName(model), true, loader());
      return (String) codec.getField("SCHEMA_JSON").get(null);
    } catch (ReflectiveOperationException e) {
      throw new LinkageError("no generated codec for " + model.getName(), e);
    }
  }

  /** {@code com.acme.Outer.Inner} → {@code com.acme.Outer_InnerJson}. */
  static String codecName(Class<?> model) {
    List<String> names = new ArrayList<>();
    for (Class<?> c = model; c != null; c = c.getEnclosingClass()) {
      names.add(0, c.getSimpleName());
    }
    return model.getPackageName() + "." + String.join("_", names) + "Json";
  }

  /** The corpus sources (this module's test sources), found from the working directory. */
  static Path corpusDirectory() {
    for (Path candidate : List.of(Path.of(CORPUS), Path.of("processor").resolve(CORPUS))) {
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "corpus sources not found from " + Path.of("").toAbsolutePath());
  }

  private static synchronized ClassLoader loader() {
    if (generated == null) {
      generated = compile();
    }
    return generated;
  }

  private static ClassLoader compile() {
    List<JavaFileObject> sources;
    try (Stream<Path> files = Files.walk(corpusDirectory())) {
      sources =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .sorted()
              .map(
                  p -> {
                    try {
                      return JavaFileObjects.forResource(p.toUri().toURL());
                    } catch (MalformedURLException e) {
                      throw new IllegalStateException(e);
                    }
                  })
              .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Compilation compilation = Compiler.javac().withProcessors(new FlowProcessor()).compile(sources);
    assertEquals(
        Compilation.Status.SUCCESS,
        compilation.status(),
        () -> "the corpus must compile with the processor: " + compilation.diagnostics());
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      String name =
          path.substring(
                  path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
                  path.length() - ".class".length())
              .replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    // Parent first: the models are the test class path's (Maven-compiled) classes, only the
    // generated codecs come from this compilation.
    return new ClassLoader(ProcessorSchemas.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }
}
