package flowcdk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyOrderTest {

  @Test
  void wholeNumbersSortNumericallyAndTextAsText() {
    List<String> keys = new ArrayList<>(List.of("10", "9", "-1", "b", "a", "2/10", "2/9", "2"));
    keys.sort(KeyOrder.INSTANCE);
    assertEquals(List.of("-1", "2", "2/9", "2/10", "9", "10", "a", "b"), keys);
  }
}
