package flowcdk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureSessionsTest {

  @TempDir Path dir;

  private CaptureSessions sessions(String mode) throws Exception {
    Path config = Files.writeString(dir.resolve("config.json"), "{}");
    return CaptureSessions.of(
            ConnectorJar.mainClass(
                CannedConnector.class.getName(), Path.of("target", "test-classes").toString()),
            config)
        .env(Map.of("CANNED_MODE", mode));
  }

  @Test
  void capturesEveryBindingAndReducesTheStateByMergePatch() throws Exception {
    CaptureSessions sessions = sessions("good");
    sessions.run(s -> s.documents("notes").size() == 1);
    assertEquals(List.of("items", "notes"), sessions.bindings());
    assertEquals(Set.of("1", "2", "3", "4", "5", "6"), sessions.keys("items"));
    assertEquals("{\"offset\":6,\"notes\":1}", sessions.state());
    assertEquals(
        """
        items: {"id":1,"name":"item 1"}
        items: {"id":2,"name":"item 2"}
        items: {"id":3,"name":"item 3"}
        items: {"id":4,"name":"item 4"}
        items: {"id":5,"name":"item 5"}
        items: {"id":6,"name":"item 6"}
        notes: {"id":1,"text":"done"}
        """,
        sessions.outputs());
  }

  @Test
  void aSessionResumesFromTheStateTheLastOneCommitted() throws Exception {
    CaptureSessions sessions = sessions("good");
    CaptureSessions.Session first = sessions.run(s -> s.documents("items").size() == 2);
    assertEquals(2, first.captured().checkpoints().size());
    assertEquals("{\"offset\":2}", sessions.state());
    CaptureSessions.Session second = sessions.run(s -> s.documents("notes").size() == 1);
    assertEquals(3, second.captured().documents(0).get(0).get("id").asInt());
    assertEquals(6, sessions.documents("items").size());
  }

  @Test
  void aDocumentViolatingItsSchemaFailsTheCapture() throws Exception {
    CaptureSessions sessions = sessions("bad");
    AssertionError failure =
        assertThrows(AssertionError.class, () -> sessions.run(s -> s.keys("notes").size() == 1));
    assertTrue(
        failure.getMessage().contains("1 documents of items do not match its schema"),
        failure.getMessage());
    assertTrue(failure.getMessage().contains("{\"id\":3,\"name\":3}"), failure.getMessage());
    assertEquals(Set.of("1", "2"), sessions.keys("items"), "nothing after the bad document");
  }

  @Test
  void aKillKeepsOnlyWhatWasCommitted() throws Exception {
    CaptureSessions sessions = sessions("good");
    CaptureSessions.Session killed = sessions.crashAfter(4);
    assertTrue(killed.killed());
    assertEquals("{\"offset\":4}", sessions.state());
    assertEquals(Set.of("1", "2", "3", "4"), sessions.keys("items"));
  }

  @Test
  void crashAndResumeLosesNoKeyOfAnAtLeastOnceConnector() throws Exception {
    CrashAndResume.assertNoKeyLost(
        () -> sessionsOrFail("good"), s -> s.keys("notes").size() == 1, 3, 4, 42);
  }

  @Test
  void crashAndResumeFindsAConnectorThatSkipsOnResume() {
    AssertionError failure =
        assertThrows(
            AssertionError.class,
            () ->
                CrashAndResume.assertNoKeyLost(
                    () -> sessionsOrFail("lossy"), s -> s.keys("notes").size() == 1, 2, 3, 7));
    assertTrue(failure.getMessage().startsWith("items lost "), failure.getMessage());
    assertTrue(failure.getMessage().contains("(seed 7)"), failure.getMessage());
  }

  private CaptureSessions sessionsOrFail(String mode) {
    try {
      return sessions(mode);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
