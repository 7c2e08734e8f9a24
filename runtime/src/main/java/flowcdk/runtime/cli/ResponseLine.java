package flowcdk.runtime.cli;

import flowcdk.runtime.protocol.MalformedResponseException;
import flowcdk.runtime.protocol.Response;
import flowcdk.runtime.protocol.ResponseReader;
import java.nio.charset.StandardCharsets;

/**
 * One response line the runtime wrote: the response {@link ResponseReader} decodes from it, and the
 * line itself, which {@code --json} prints as it is.
 *
 * @param response the decoded response
 * @param text the line as written, without its newline
 */
record ResponseLine(Response response, String text) {

  /**
   * The response's JSON key ({@code captured}, {@code checkpoint}, ...), for messages: each
   * response record is named after its key ({@code CapturedResponse}, {@code CheckpointResponse}).
   */
  String kind() {
    String name = response.getClass().getSimpleName();
    String key = name.substring(0, name.length() - "Response".length());
    return Character.toLowerCase(key.charAt(0)) + key.substring(1);
  }

  /** Decodes one line the runtime wrote (it always writes well-formed responses). */
  static ResponseLine parse(byte[] utf8, int length) {
    String text = new String(utf8, 0, length, StandardCharsets.UTF_8);
    try {
      return new ResponseLine(ResponseReader.read(utf8, 0, length), text);
    } catch (MalformedResponseException e) {
      throw new IllegalStateException(
          "unexpected response line from the runtime (" + e.getMessage() + "): " + text, e);
    }
  }
}
