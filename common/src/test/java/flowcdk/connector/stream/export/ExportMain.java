package flowcdk.connector.stream.export;

import flowcdk.common.http.StreamReader;
import java.io.IOException;

/**
 * {@link ExportCapture}'s generated main, which reports the process's peak resident set on stderr
 * ({@code vmhwm_kb=<kB>}, from {@code /proc/self/status}) as the process exits.
 */
public final class ExportMain {

  private ExportMain() {}

  /**
   * Runs the connector.
   *
   * @param args the connector's arguments
   */
  public static void main(String[] args) throws Exception {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    System.err.println("vmhwm_kb=" + StreamReader.highWaterMarkKb());
                  } catch (IOException e) {
                    System.err.println("vmhwm_kb unknown: " + e);
                  }
                }));
    ExportCapture_Main.main(args);
  }
}
