package flowcdk.connector.dispatch;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import flowcdk.processor.FlowProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the connector docs pages go besides the class output: the folder of the processor option
 * {@code flowcdk.connectorDocs}; a folder that cannot be written is a warning, not an error.
 */
class ConnectorDocsOptionTest {

  @TempDir Path dir;

  @Test
  void theOptionNamesTheFolderOfThePages() throws Exception {
    Path folder = dir.resolve("docs");
    Compilation compilation =
        javac()
            .withProcessors(new FlowProcessor())
            .withOptions("-Aflowcdk.connectorDocs=" + folder)
            .compile(GeneratedDispatchGoldenTest.sources());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Files.readString(folder.resolve("Shop.md"))).startsWith("# Shop\n");
    assertThat(Files.exists(folder.resolve("Tables.md"))).isTrue();
  }

  @Test
  void aFolderThatCannotBeWrittenIsAWarning() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "");
    Compilation compilation =
        javac()
            .withProcessors(new FlowProcessor())
            .withOptions("-Aflowcdk.connectorDocs=" + file)
            .compile(GeneratedDispatchGoldenTest.sources());
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[Capture/DocsNotWritten] @Capture on acme.Shop: the connector docs page Shop.md could"
                + " not be written");
  }
}
