package flowcdk.runtime.task;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes one document as a JSON object into a generator. Generated codecs implement this, so a
 * typed document is serialized straight into the task's output buffer with no intermediate copy.
 */
@FunctionalInterface
public interface DocumentWriter {
  /** Writes exactly one JSON object. */
  void write(JsonGenerator generator) throws IOException;
}
