package flowcdk.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.example.testing.Jars;
import flowcdk.testing.InProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connector run in the test's JVM by the test kit, without its jar. */
class InProcessTest {

  @Test
  void commandsAndRequestsRunInTheTestsJvm(@TempDir Path dir) throws Exception {
    SqlCapture_Dispatch connector = new SqlCapture_Dispatch(new SqlCapture());
    InProcess.Run spec = InProcess.command(connector, "spec");
    assertEquals(0, spec.status(), spec.log());
    assertTrue(spec.out().get(0).startsWith("{\"spec\":{\"protocol\":3032023,"), spec.out().get(0));

    Path config = Jars.demoConfig(dir, 100);
    InProcess.Run preview =
        InProcess.command(connector, "preview", "--config", config.toString(), "--max-docs", "3");
    assertEquals(0, preview.status(), preview.log());
    assertEquals(
        3, preview.out().stream().filter(l -> l.startsWith("public.")).count(), preview.log());
    assertTrue(preview.log().contains("preview: 3 documents"), preview.log());

    InProcess.Run discover =
        InProcess.serve(
            connector,
            "{\"discover\":{\"connectorType\":\"IMAGE\",\"config\":"
                + Files.readString(config)
                + "}}");
    assertEquals(0, discover.status(), discover.log());
    assertTrue(
        discover.out().get(0).startsWith("{\"discovered\":{\"bindings\":["), discover.out().get(0));
  }
}
