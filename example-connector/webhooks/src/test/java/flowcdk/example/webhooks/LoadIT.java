package flowcdk.example.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.example.webhooks.testing.FlowSide;
import flowcdk.example.webhooks.testing.FlowSide.Committed;
import flowcdk.example.webhooks.testing.Post;
import flowcdk.example.webhooks.testing.Post.Answer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The endpoint under load, over real HTTP, with the connector's jar as a child process: 16
 * concurrent senders post batches of random sizes. Throughout, a request answered 200 must already
 * be committed, as Flow acknowledges only what it has. Prints requests/s, latency and memory (the
 * numbers are reported, not asserted).
 */
class LoadIT {

  private static final int SENDERS = 16;
  private static final int REQUESTS = 50_000;
  private static final int KILLS = 4;
  private static final List<String> BINDINGS =
      List.of(
          "{\"name\":\"app_events_install\",\"match_rule\":{\"value\":\"install\",\"key\":\"event_type\",\"type\":\"body\"}}",
          "{\"name\":\"app_events_uninstall\",\"match_rule\":{\"value\":\"uninstall\",\"key\":\"event_type\",\"type\":\"body\"}}",
          "{\"name\":\"everything_else\"}");

  /** What the senders saw. */
  private static final class Tally {
    final Map<String, Integer> committed = new ConcurrentHashMap<>();
    final int[] attempts = new int[REQUESTS];
    final int[] sizes = new int[REQUESTS];
    final AtomicInteger answered = new AtomicInteger();
    final AtomicInteger refused503 = new AtomicInteger();
    final AtomicInteger connectionFailures = new AtomicInteger();
    final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();

    void commit(Committed doc) {
      committed.merge(
          doc.doc().get("req").asInt() + "/" + doc.doc().get("i").asInt(), 1, Integer::sum);
    }

    /** Whether every document of request {@code req} is committed. */
    boolean allCommitted(int req) {
      for (int i = 0; i < sizes[req]; i++) {
        if (!committed.containsKey(req + "/" + i)) {
          return false;
        }
      }
      return true;
    }
  }

  @Test
  void everyAnsweredRequestIsCommittedThroughKillsAndRestarts() throws Exception {
    Tally tally = new Tally();
    int port = Post.freePort();
    Post post = new Post(port);
    String open = FlowSide.openRequest("{}", BINDINGS);
    Map<String, String> env = Map.of("PORT", "" + port);
    FlowSide flow = FlowSide.open(open, env, tally::commit);
    flow.awaitListening();
    // Senders that fail while the connector is down wait for it to be up again.
    CompletableFuture<?>[] up = {CompletableFuture.completedFuture(null)};
    AtomicInteger next = new AtomicInteger();
    ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
    long started = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int s = 0; s < SENDERS; s++) {
      Random random = new Random(s);
      running.add(
          senders.submit(
              () -> {
                for (int req; (req = next.getAndIncrement()) < REQUESTS; ) {
                  tally.sizes[req] = 1 + random.nextInt(5);
                  String body = batch(req, tally.sizes[req]);
                  while (true) {
                    CompletableFuture<?> waitFor;
                    synchronized (up) {
                      waitFor = up[0];
                    }
                    waitFor.join();
                    tally.attempts[req]++;
                    long sent = System.nanoTime();
                    Answer answer;
                    try {
                      answer = post.send("/events", body);
                    } catch (IOException e) {
                      tally.connectionFailures.incrementAndGet();
                      synchronized (up) {
                        if (up[0] == waitFor && up[0].isDone()) {
                          // Not yet marked down: wait for the main thread to mark it.
                          try {
                            up.wait(100);
                          } catch (InterruptedException interrupted) {
                            Thread.currentThread().interrupt();
                            return null;
                          }
                        }
                      }
                      continue;
                    }
                    if (answer.status() == 200) {
                      tally.latencies.add(System.nanoTime() - sent);
                      if (!tally.allCommitted(req)) {
                        tally.violations.add("request " + req + " answered 200 before commit");
                      }
                      if (tally.answered.incrementAndGet() % 1000 == 0) {
                        synchronized (tally) {
                          tally.notifyAll();
                        }
                      }
                      break;
                    }
                    if (answer.status() == 503) {
                      tally.refused503.incrementAndGet();
                      continue;
                    }
                    tally.violations.add("request " + req + ": " + answer);
                    break;
                  }
                }
                return null;
              }));
    }
    long maxRss = 0;
    for (int kill = 1; kill <= KILLS; kill++) {
      int threshold = kill * REQUESTS / (KILLS + 1);
      synchronized (tally) {
        while (tally.answered.get() < threshold) {
          tally.wait(1000);
        }
      }
      maxRss = Math.max(maxRss, rssKiB(flow.pid()));
      synchronized (up) {
        up[0] = new CompletableFuture<>();
        up.notifyAll();
      }
      flow.kill();
      flow = FlowSide.open(open, env, tally::commit);
      flow.awaitListening();
      synchronized (up) {
        up[0].complete(null);
      }
    }
    for (Future<?> sender : running) {
      sender.get();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    maxRss = Math.max(maxRss, rssKiB(flow.pid()));
    assertEquals(0, flow.terminate());
    senders.shutdown();

    assertEquals(List.of(), List.copyOf(tally.violations));
    assertEquals(REQUESTS, tally.answered.get());
    int duplicated = 0;
    int documents = 0;
    for (int req = 0; req < REQUESTS; req++) {
      for (int i = 0; i < tally.sizes[req]; i++) {
        documents++;
        int times = tally.committed.getOrDefault(req + "/" + i, 0);
        assertTrue(times >= 1, "document " + req + "/" + i + " was never committed");
        assertTrue(
            times <= tally.attempts[req],
            "document "
                + req
                + "/"
                + i
                + " committed "
                + times
                + " times in "
                + tally.attempts[req]
                + " attempts");
        duplicated += times - 1;
      }
    }
    long[] sorted = tally.latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    String report =
        String.format(
            "webhook load: %d requests (%d documents) by %d senders in %.1f s with %d SIGKILLs:"
                + " %.0f requests/s; latency of a 200 p50 %.2f ms, p99 %.2f ms; connector RSS"
                + " peak %d MiB; %d connection failures and %d 503s retried; %d documents"
                + " committed twice (their request was retried after a kill)",
            REQUESTS,
            documents,
            SENDERS,
            seconds,
            KILLS,
            REQUESTS / seconds,
            sorted[sorted.length / 2] / 1e6,
            sorted[(int) (sorted.length * 0.99)] / 1e6,
            maxRss / 1024,
            tally.connectionFailures.get(),
            tally.refused503.get(),
            duplicated);
    System.out.println(report);
    Files.writeString(Path.of("target", "webhook-load.txt"), report + "\n");
  }

  @Test
  void aStopUnderLoadFinishesWhatIsInFlightAnswersLateRequests503AndExits0() throws Exception {
    Tally tally = new Tally();
    int port = Post.freePort();
    Post post = new Post(port);
    FlowSide flow =
        FlowSide.open(
            FlowSide.openRequest("{}", BINDINGS), Map.of("PORT", "" + port), tally::commit);
    flow.awaitListening();
    AtomicInteger next = new AtomicInteger();
    ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
    List<Future<?>> running = new ArrayList<>();
    ConcurrentLinkedQueue<String> others = new ConcurrentLinkedQueue<>();
    for (int s = 0; s < SENDERS; s++) {
      running.add(
          senders.submit(
              () -> {
                for (int req; (req = next.getAndIncrement()) < REQUESTS; ) {
                  tally.sizes[req] = 1 + req % 5;
                  Answer answer;
                  try {
                    answer = post.send("/events", batch(req, tally.sizes[req]));
                  } catch (IOException e) {
                    tally.connectionFailures.incrementAndGet();
                    return null; // the server has closed
                  }
                  if (answer.status() == 200) {
                    if (!tally.allCommitted(req)) {
                      tally.violations.add("request " + req + " answered 200 before commit");
                    }
                    if (tally.answered.incrementAndGet() == 2000) {
                      synchronized (tally) {
                        tally.notifyAll();
                      }
                    }
                  } else if (answer.status() == 503
                      && answer.body().equals("Server shutting down")) {
                    tally.refused503.incrementAndGet();
                  } else {
                    others.add(req + ": " + answer);
                  }
                }
                return null;
              }));
    }
    synchronized (tally) {
      while (tally.answered.get() < 2000) {
        tally.wait(1000);
      }
    }
    // Flow is slow to acknowledge just as the stop comes: requests are in flight.
    flow.holdAcknowledgements();
    flow.awaitHeldAcknowledgements(1);
    long stopAsked = System.nanoTime();
    ProcessHandle.of(flow.pid()).orElseThrow().destroy(); // SIGTERM
    flow.awaitStderr(line -> line.contains("Stopping webhook server"), "the server to stop");
    int late = 0;
    for (int i = 0; i < 5; i++) {
      Answer answer = post.send("/events", "{\"late\":" + i + "}");
      assertEquals(503, answer.status(), answer.toString());
      assertEquals("Server shutting down", answer.body());
      late++;
    }
    int held = flow.heldAcknowledgements();
    flow.releaseAcknowledgements();
    int status = flow.awaitExit();
    double stopSeconds = (System.nanoTime() - stopAsked) / 1e9;
    for (Future<?> sender : running) {
      sender.get();
    }
    senders.shutdown();

    assertEquals(0, status);
    assertEquals(List.of(), List.copyOf(tally.violations));
    assertEquals(List.of(), List.copyOf(others));
    for (String key : tally.committed.keySet()) {
      assertEquals(1, tally.committed.get(key), key + " was committed more than once");
    }
    String report =
        String.format(
            "webhook stop under load: SIGTERM with %d transactions awaiting Flow's"
                + " acknowledgement; exit status %d %.2f s after SIGTERM; %d requests answered 200"
                + " (all committed first), %d late requests answered 503 by the senders and %d by"
                + " the test, %d refused connections after the server closed",
            held,
            status,
            stopSeconds,
            tally.answered.get(),
            tally.refused503.get(),
            late,
            tally.connectionFailures.get());
    System.out.println(report);
    Files.writeString(Path.of("target", "webhook-stop.txt"), report + "\n");
  }

  private static String batch(int req, int size) {
    StringBuilder body = new StringBuilder("[");
    String[] types = {"install", "uninstall", "other"};
    for (int i = 0; i < size; i++) {
      body.append(i == 0 ? "" : ",")
          .append("{\"event_type\":\"")
          .append(types[(req + i) % 3])
          .append("\",\"app_id\":\"app-")
          .append(req % 97)
          .append("\",\"req\":")
          .append(req)
          .append(",\"i\":")
          .append(i)
          .append('}');
    }
    return body.append(']').toString();
  }

  /** The process's peak resident memory ({@code VmHWM}), in KiB; 0 where /proc has none. */
  private static long rssKiB(long pid) throws IOException {
    Path status = Path.of("/proc", "" + pid, "status");
    if (!Files.exists(status)) {
      return 0;
    }
    return Arrays.stream(Files.readString(status).split("\n"))
        .filter(line -> line.startsWith("VmHWM:"))
        .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
        .findFirst()
        .orElse(0L);
  }
}
