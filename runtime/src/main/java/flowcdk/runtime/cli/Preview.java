package flowcdk.runtime.cli;

import flowcdk.runtime.internal.StopHandle;
import flowcdk.runtime.json.MergePatch;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.log.Level;
import flowcdk.runtime.log.LogFormat;
import flowcdk.runtime.log.LogWriter;
import flowcdk.runtime.log.Logging;
import flowcdk.runtime.protocol.AcknowledgeRequest;
import flowcdk.runtime.protocol.CaptureBinding;
import flowcdk.runtime.protocol.CaptureSpec;
import flowcdk.runtime.protocol.CapturedResponse;
import flowcdk.runtime.protocol.CheckpointResponse;
import flowcdk.runtime.protocol.ConnectorType;
import flowcdk.runtime.protocol.DiscoveredBinding;
import flowcdk.runtime.protocol.OpenRequest;
import flowcdk.runtime.protocol.OpenedResponse;
import flowcdk.runtime.protocol.Range;
import flowcdk.runtime.protocol.RequestWriter;
import flowcdk.runtime.protocol.Response;
import flowcdk.runtime.protocol.SourcedSchemaResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The {@code preview} command: discovers, opens the capture with the selected bindings and the
 * saved state, prints what it captures, and reduces every checkpoint into the state file.
 *
 * <p>Once {@code --max-docs} documents are printed, the capture is stopped gracefully; documents
 * written after that are not printed, and no checkpoint committing such a document is saved, so the
 * saved state never moves past a document that was not shown: the next run starts at the first
 * document not yet printed, or a little before it (delivery is at-least-once, as in Flow).
 */
final class Preview {

  private final Session session;
  private final CliArgs args;
  private final Range range;
  private final Path stateFile;
  private final String shard;
  private final StopHandle stop = new StopHandle();
  private final RequestFeed feed = new RequestFeed();
  private final long startNanos = System.nanoTime();

  private List<String> names;
  private Progress progress;
  private StatusBoard board;
  private LiveView view;
  private RawJson state;
  private boolean acknowledge;
  private long documents;
  private long checkpoints;
  private boolean dropped;
  private volatile String failure;

  /** A preview of the whole capture, or of the shard {@code --range} names. */
  Preview(Session session, CliArgs args) {
    this(session, args, args.range() == null ? Range.FULL : args.range(), args.state(), null);
  }

  /**
   * A preview of the instance owning {@code range}, saving its state to {@code stateFile} (null for
   * none); {@code shard} names it in the summary, and is null unless it is one of several run at
   * once ({@link ShardedPreview}), which then routes Ctrl-C and SIGTERM to {@link #stop}.
   */
  Preview(Session session, CliArgs args, Range range, Path stateFile, String shard) {
    this.session = session;
    this.args = args;
    this.range = range;
    this.stateFile = stateFile;
    this.shard = shard;
  }

  /** Stops the capture gracefully, as Ctrl-C does. */
  void stop(String reason) {
    stop.stop(reason);
  }

  int run() throws UsageException {
    LogWriter logs = Logging.writer();
    if (args.quiet()) {
      Logging.install(new LogWriter(session.err(), logs.format(), Level.ERROR, logs.redactor()));
    }
    try {
      return discoverAndCapture(logs);
    } finally {
      Logging.install(logs);
    }
  }

  /** Discovers, then captures with the log written by {@code logs} or above the live view. */
  private int discoverAndCapture(LogWriter logs) throws UsageException {
    RawJson config = JsonFiles.readObject(args.config(), "config");
    if (stateFile != null) {
      JsonFiles.checkWritable(stateFile, "--state"); // before the capture runs, not after
    }
    state = stateFile == null ? RawJson.EMPTY_OBJECT : JsonFiles.readState(stateFile);
    List<DiscoveredBinding> discovered = Discovery.discover(session, config);
    if (discovered == null) {
      return Inspect.failed(session, 1, "discover (before preview)");
    }
    List<DiscoveredBinding> selected =
        Discovery.select(discovered, args.bindings(), Command.PREVIEW);
    if (selected.isEmpty()) {
      session
          .err()
          .println(
              "error: there is nothing to preview: discovery found no enabled bindings;"
                  + " name disabled ones with --bindings");
      return 1;
    }
    names = selected.stream().map(DiscoveredBinding::recommendedName).toList();
    progress = new Progress(names, startNanos);
    board =
        new StatusBoard(
            names,
            selected.stream().map(b -> String.join(".", Discovery.resourcePath(b))).toList(),
            startNanos);
    if (!args.quiet() && live(logs)) {
      view =
          new LiveView(
              board, session.out(), session.err(), session.stdoutIsTerminal(), LiveView.width());
      Logging.install(
          new LogWriter(view.logStream(), LogFormat.TEXT, logs.threshold(), logs.redactor()));
    }
    return capture(config, selected);
  }

  /**
   * Whether to show the live status block: stderr is this process's and a terminal, the logs are
   * text, and nothing else asks for plain output (--json, --quiet, one shard of several).
   */
  private boolean live(LogWriter logs) {
    return session.err() == System.err
        && Terminal.stderrIsTerminal()
        && logs.format() == LogFormat.TEXT
        && !args.json()
        && shard == null;
  }

  // "try": the Interrupts resource is held for its scope alone (it routes Ctrl-C to the stop).
  @SuppressWarnings("try")
  private int capture(RawJson config, List<DiscoveredBinding> selected) {
    feed.send(RequestWriter.line(open(config, selected)));

    ScheduledExecutorService timers =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "flowcdk-preview-timer");
              thread.setDaemon(true);
              return thread;
            });
    List<Future<?>> timerTasks = new ArrayList<>();
    if (args.timeout() != null) {
      timerTasks.add(
          timers.schedule(
              () -> stop.stop("--timeout " + args.timeout() + " elapsed"),
              args.timeout().toMillis(),
              TimeUnit.MILLISECONDS));
    }
    if (view != null) {
      timerTasks.add(
          timers.scheduleAtFixedRate(
              () -> view.redraw(System.nanoTime()), 0, 200, TimeUnit.MILLISECONDS));
    } else if (session.stdoutIsTerminal() && !args.quiet()) {
      timerTasks.add(
          timers.scheduleAtFixedRate(
              () -> progress.print(session.err(), System.nanoTime()), 1, 1, TimeUnit.SECONDS));
    }
    int status;
    try (Interrupts interrupts = shard == null ? Interrupts.route(stop, session.err()) : null) {
      status = session.stream(feed, this::onLine, stop);
    } finally {
      timers.shutdownNow();
    }
    if (view != null) {
      view.redraw(System.nanoTime()); // the final counts stay on the screen
    }
    session.out().flush();
    if (failure == null) {
      failure = timerFailure(timerTasks);
    }
    if (failure != null) {
      session.err().println("error: " + failure);
      return 1;
    }
    if (!args.quiet()) {
      summarize();
    }
    return Inspect.failed(session, status, "the capture");
  }

  private OpenRequest open(RawJson config, List<DiscoveredBinding> selected) {
    List<CaptureBinding> bindings = new ArrayList<>();
    for (DiscoveredBinding binding : selected) {
      List<String> path = Discovery.resourcePath(binding);
      bindings.add(
          new CaptureBinding(
              Discovery.collection(binding),
              binding.resourceConfig(),
              path,
              String.join(".", path),
              0));
    }
    CaptureSpec capture =
        new CaptureSpec(Inspect.CAPTURE_NAME, ConnectorType.IMAGE, config, 0, bindings);
    return new OpenRequest(capture, "preview", range, state);
  }

  /**
   * How a timer task (the timeout, the progress display) failed, or null: the executor keeps a
   * task's exception in its future, so it is looked for there.
   */
  private static String timerFailure(List<Future<?>> tasks) {
    for (Future<?> task : tasks) {
      if (!task.isDone() || task.isCancelled()) {
        continue; // never ran, or still running when the shutdown interrupted it: no failure
      }
      try {
        task.get();
      } catch (ExecutionException e) {
        return "a preview timer failed: " + e.getCause();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return null;
  }

  /** Handles one response line, on the runtime's stdout thread. */
  private void onLine(ResponseLine line) {
    if (failure != null) {
      return;
    }
    Response response = line.response();
    try {
      if (response instanceof OpenedResponse opened) {
        opened(opened, line);
      } else if (response instanceof CapturedResponse captured) {
        captured(captured, line);
      } else if (response instanceof CheckpointResponse checkpoint) {
        checkpoint(checkpoint, line);
      } else if (response instanceof SourcedSchemaResponse sourcedSchema) {
        sourcedSchema(sourcedSchema, line);
      }
    } catch (IOException | RuntimeException e) {
      failure = "preview could not handle a " + line.kind() + " line: " + e.getMessage();
      stop.stop("a preview failure");
    }
  }

  private void opened(OpenedResponse opened, ResponseLine line) {
    acknowledge = opened.explicitAcknowledgements();
    if (args.json()) {
      print(line.text());
    }
  }

  private void captured(CapturedResponse captured, ResponseLine line) {
    if (args.maxDocs() > 0 && documents >= args.maxDocs()) {
      dropped = true;
      return;
    }
    int binding = captured.binding();
    documents++;
    progress.document(binding);
    board.document(binding);
    print(args.json() ? line.text() : name(binding) + ": " + captured.doc());
    if (documents == args.maxDocs()) {
      stop.stop("--max-docs " + args.maxDocs() + " (documents printed)");
    }
  }

  private void checkpoint(CheckpointResponse checkpoint, ResponseLine line) throws IOException {
    if (acknowledge) {
      feed.send(RequestWriter.line(new AcknowledgeRequest(1)));
    }
    if (dropped) {
      return; // it commits a document that was not printed: keep the state before it
    }
    RawJson updated = checkpoint.updated();
    boolean mergePatch = checkpoint.mergePatch();
    state = mergePatch ? MergePatch.apply(state, updated) : updated;
    checkpoints++;
    if (stateFile != null) {
      JsonFiles.writeAtomically(stateFile, state);
    }
    board.checkpoint(updated);
    if (!args.quiet()) {
      print(
          args.json()
              ? line.text()
              : "checkpoint: " + (mergePatch ? "" : "(replaces the state) ") + updated);
    }
  }

  private void sourcedSchema(SourcedSchemaResponse sourcedSchema, ResponseLine line) {
    if (dropped) {
      return;
    }
    int binding = sourcedSchema.binding();
    if (!args.quiet()) {
      print(
          args.json() ? line.text() : name(binding) + ": sourced schema " + sourcedSchema.schema());
    }
  }

  /** Prints a line on stdout, above the live view's block when there is one. */
  private void print(String line) {
    if (view != null) {
      view.println(line);
    } else {
      session.out().println(line);
    }
  }

  private String name(int binding) {
    return binding >= 0 && binding < names.size() ? names.get(binding) : "binding " + binding;
  }

  private void summarize() {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    Path file = stateFile;
    session
        .err()
        .println(
            String.format(
                Locale.ROOT,
                "preview%s: %d %s (%s) and %d %s in %.1fs; %s",
                shard == null ? "" : " " + shard,
                documents,
                documents == 1 ? "document" : "documents",
                progress.totals(),
                checkpoints,
                checkpoints == 1 ? "checkpoint" : "checkpoints",
                seconds,
                file == null
                    ? "state not saved (add --state FILE to resume next time)"
                    : checkpoints == 0
                        ? "state file " + file + " unchanged"
                        : "state saved to " + file));
  }
}
