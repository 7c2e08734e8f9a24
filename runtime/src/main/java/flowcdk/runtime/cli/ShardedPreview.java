package flowcdk.runtime.cli;

import flowcdk.runtime.protocol.Range;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * {@code preview --shards N}: the capture run as N instances at once in this process, as Flow runs
 * a capture split into N shards: instance i is opened with the i-th of N equal key ranges and keeps
 * its own state file ({@code FILE.i-of-N}); every instance prints to the same output, line by line.
 * Ctrl-C or SIGTERM stops them all gracefully. The status is the worst of theirs.
 */
final class ShardedPreview {

  private ShardedPreview() {}

  /**
   * Runs {@code args.shards()} previews at once and returns the worst exit status.
   *
   * @throws UsageException if an instance found the command line wrong (the config or state file)
   */
  static int run(Session session, CliArgs args) throws UsageException {
    int count = args.shards();
    List<Range> ranges = Range.split(count);
    Session shared =
        new Session(
            session.connector(),
            session.options().withSignalHandling(false),
            session.out(),
            session.err(),
            false);
    List<Preview> previews = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Range range = ranges.get(i);
      Path state =
          args.state() == null ? null : Path.of(args.state() + "." + (i + 1) + "-of-" + count);
      String label =
          String.format("shard %d/%d [%08x, %08x]", i + 1, count, range.keyBegin(), range.keyEnd());
      previews.add(new Preview(shared, args, range, state, label));
    }
    SignalHandler stopAll =
        signal -> {
          session.err().println("preview: stopping every shard gracefully");
          previews.forEach(preview -> preview.stop("SIG" + signal.getName()));
        };
    SignalHandler previousInt = handle("INT", stopAll);
    SignalHandler previousTerm = handle("TERM", stopAll);
    ExecutorService threads =
        Executors.newFixedThreadPool(
            count,
            r -> {
              Thread thread = new Thread(r, "flowcdk-preview-shard");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (Preview preview : previews) {
        runs.add(threads.submit(preview::run));
      }
      int status = 0;
      for (Future<Integer> run : runs) {
        status = Math.max(status, outcome(run));
      }
      return status;
    } finally {
      threads.shutdownNow();
      restore("INT", previousInt);
      restore("TERM", previousTerm);
    }
  }

  private static int outcome(Future<Integer> run) throws UsageException {
    try {
      return run.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UsageException usage) {
        throw usage;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("a preview shard failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  private static SignalHandler handle(String name, SignalHandler handler) {
    try {
      return Signal.handle(new Signal(name), handler);
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      return null; // not on this platform: the signal keeps its default
    }
  }

  private static void restore(String name, SignalHandler previous) {
    if (previous != null) {
      Signal.handle(new Signal(name), previous);
    }
  }
}
