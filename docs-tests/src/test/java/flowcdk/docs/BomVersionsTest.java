package flowcdk.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The BOM has no parent (importing it must bring no build settings), so the versions it manages
 * beside the kit's own are written twice; this keeps them equal to the build's.
 */
class BomVersionsTest {

  @Test
  void theBomsJacksonIsTheOneTheKitIsBuiltWith() throws Exception {
    Path root = Path.of(System.getProperty("kit.root", ".."));
    assertEquals(
        property(root.resolve("pom.xml"), "jackson.version"),
        property(root.resolve("bom/pom.xml"), "jackson.version"),
        "bom/pom.xml's jackson.version must equal pom.xml's: change both");
  }

  private static String property(Path pom, String name) throws Exception {
    Matcher value =
        Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(Files.readString(pom));
    assertTrue(value.find(), pom + " has no <" + name + ">");
    return value.group(1);
  }
}
