package flowcdk.runtime.cli;

import flowcdk.runtime.Connector;
import flowcdk.runtime.RuntimeOptions;
import flowcdk.runtime.internal.RuntimeLoop;
import flowcdk.runtime.internal.StopHandle;
import flowcdk.runtime.protocol.Request;
import flowcdk.runtime.protocol.RequestWriter;
import flowcdk.runtime.protocol.Response;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One in-process protocol session: the tool's requests go into the same {@link RuntimeLoop} that
 * serves Flow, and the response lines come back parsed. Errors are logged by the runtime itself.
 *
 * @param connector the connector to run
 * @param options the runtime options (the defaults: SIGTERM stops gracefully)
 * @param out where readable results go
 * @param err where messages and progress go
 * @param stdoutIsTerminal whether {@code out} is a terminal (progress is shown only then)
 */
record Session(
    Connector connector,
    RuntimeOptions options,
    PrintStream out,
    PrintStream err,
    boolean stdoutIsTerminal) {

  /** The answer to one request: the exit status and the response lines. */
  record Exchange(int status, List<ResponseLine> lines) {

    /**
     * The first line holding a {@code type} response; the runtime answered, so it is there when the
     * status is 0.
     */
    ResponseLine first(Class<? extends Response> type) {
      for (ResponseLine line : lines) {
        if (type.isInstance(line.response())) {
          return line;
        }
      }
      throw new IllegalStateException(
          "the runtime answered without a " + type.getSimpleName() + " response");
    }

    /** The first {@code type} response; see {@link #first(Class)}. */
    <T extends Response> T firstResponse(Class<T> type) {
      return type.cast(first(type).response());
    }
  }

  /** Sends {@code request}, ends the input, and collects what the runtime answers. */
  Exchange exchange(Request request) {
    List<ResponseLine> lines = new ArrayList<>();
    RequestFeed feed = new RequestFeed();
    feed.send(RequestWriter.line(request));
    feed.close();
    int status = RuntimeLoop.run(connector, options, feed, new LineSink(lines::add));
    return new Exchange(status, lines);
  }

  /**
   * Runs a session whose requests the caller feeds (and closes) through {@code feed}, handing each
   * response line to {@code handler} as it is written; {@code stop} stops it as SIGTERM would.
   */
  int stream(RequestFeed feed, Consumer<ResponseLine> handler, StopHandle stop) {
    try {
      return RuntimeLoop.run(connector, options, feed, new LineSink(handler), stop);
    } finally {
      feed.close();
    }
  }
}
