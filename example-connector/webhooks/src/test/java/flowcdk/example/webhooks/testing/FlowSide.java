package flowcdk.example.webhooks.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Plays Flow's part for the connector's jar run as a child process: sends it an Open request for
 * the bindings it is given, reads its stdout, and acknowledges each checkpoint as soon as the
 * transaction it ends has been read, the way Flow acknowledges a transaction once it committed it.
 * Documents count as committed only with the checkpoint that follows them: those of a transaction
 * cut short (the process was killed mid-write) never do.
 */
public final class FlowSide implements AutoCloseable {

  /** The jar {@code mvn package} builds. */
  public static final Path JAR = Path.of("target", "source-store-hooks.jar");

  /** Bounds a wait that only a broken connector would exceed. */
  public static final Duration WAIT = Duration.ofMinutes(2);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final OutputStream stdin;
  private final Thread outPump;
  private final Thread errPump;
  private final List<JsonNode> pending = new ArrayList<>();
  private final List<Committed> committed = Collections.synchronizedList(new ArrayList<>());
  private final List<String> stderr = Collections.synchronizedList(new ArrayList<>());
  private final Object lock = new Object();
  private final Object acks = new Object();
  private int transactions;
  private boolean holdAcks;
  private int heldAcks;

  /**
   * A committed document.
   *
   * @param transaction the number of the transaction it was committed in, from 1
   * @param binding the binding it was captured for
   * @param doc the document
   */
  public record Committed(int transaction, int binding, JsonNode doc) {}

  private final Consumer<Committed> onCommit;

  private FlowSide(Process process, Consumer<Committed> onCommit) {
    this.process = process;
    this.onCommit = onCommit;
    this.stdin = process.getOutputStream();
    this.outPump = thread("flow-side-stdout", this::readStdout);
    this.errPump = thread("flow-side-stderr", this::readStderr);
  }

  /**
   * Starts the jar with {@code env} added and sends {@code open}; returns at once (see {@link
   * #awaitListening}).
   */
  public static FlowSide open(String open, Map<String, String> env) throws IOException {
    return open(open, env, committed -> {});
  }

  /**
   * Like {@link #open(String, Map)}, telling {@code onCommit} of each committed document before the
   * transaction is acknowledged (so before the connector can answer its request).
   */
  public static FlowSide open(String open, Map<String, String> env, Consumer<Committed> onCommit)
      throws IOException {
    if (!Files.exists(JAR)) {
      throw new IllegalStateException("run `mvn package` first: " + JAR.toAbsolutePath());
    }
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-jar",
            JAR.toString());
    builder.environment().remove("LOG_FORMAT");
    builder.environment().remove("LOG_LEVEL");
    builder.environment().putAll(env);
    FlowSide flow = new FlowSide(builder.start(), onCommit);
    flow.send(open);
    return flow;
  }

  /**
   * The Open request of a capture with {@code config} and one binding per resource config of {@code
   * resourceConfigs} (each {@code {"name": ..., "match_rule": ...}}), state {@code {}}.
   */
  public static String openRequest(String config, List<String> resourceConfigs) {
    ObjectNode capture = JSON.createObjectNode();
    capture.put("name", "acme/store-hooks");
    capture.put("connectorType", "IMAGE");
    capture.set("config", parse(config));
    ArrayNode bindings = capture.putArray("bindings");
    for (String resourceConfig : resourceConfigs) {
      JsonNode parsed = parse(resourceConfig);
      String name = parsed.get("name").asText();
      ObjectNode binding = bindings.addObject();
      binding.set("resourceConfig", parsed);
      binding.putArray("resourcePath").add(name);
      ObjectNode collection = binding.putObject("collection");
      collection.put("name", "acme/" + name);
      collection.putArray("key").add("/_meta/webhookId");
      collection.putObject("writeSchema").put("type", "object");
      binding.put("stateKey", name);
    }
    ObjectNode open = JSON.createObjectNode();
    open.putObject("open").set("capture", capture);
    ((ObjectNode) open.get("open")).putObject("state");
    return open.toString();
  }

  /** Waits until the connector logged that its webhook server listens. */
  public void awaitListening() throws InterruptedException {
    awaitStderr(line -> line.contains("Webhook server listening"), "the webhook server to listen");
  }

  /** Waits until a stderr line satisfies {@code condition}. */
  public void awaitStderr(Predicate<String> condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    synchronized (lock) {
      while (stderr.stream().noneMatch(condition)) {
        long left = deadline - System.nanoTime();
        if (left <= 0 || (!process.isAlive() && !errPump.isAlive())) {
          throw new AssertionError(
              "no " + what + " (" + describeExit() + "); stderr:\n" + String.join("\n", stderr));
        }
        lock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
      }
    }
  }

  /** The documents of every transaction committed so far, in commit order. */
  public List<Committed> committed() {
    synchronized (committed) {
      return List.copyOf(committed);
    }
  }

  /** The stderr lines so far. */
  public List<String> stderr() {
    synchronized (stderr) {
      return List.copyOf(stderr);
    }
  }

  /** The process id, e.g. to read its memory use. */
  public long pid() {
    return process.pid();
  }

  /** SIGTERM, then waits for the exit status. */
  public int terminate() throws InterruptedException {
    process.toHandle().destroy();
    return awaitExit();
  }

  /** SIGKILL, as a crash, then waits for the process to be gone. */
  public void kill() throws InterruptedException {
    process.toHandle().destroyForcibly();
    awaitExit();
  }

  /** Waits for the process to exit on its own and its output to be read; its status. */
  public int awaitExit() throws InterruptedException {
    if (!process.waitFor(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the connector did not exit; stderr:\n" + String.join("\n", stderr));
    }
    outPump.join(WAIT.toMillis());
    errPump.join(WAIT.toMillis());
    return process.exitValue();
  }

  /** Holds back acknowledgements from now on, as a Flow slow to commit would. */
  public void holdAcknowledgements() {
    synchronized (acks) {
      holdAcks = true;
    }
  }

  /** Sends the acknowledgements held back, and acknowledges at once again. */
  public void releaseAcknowledgements() {
    synchronized (acks) {
      holdAcks = false;
      if (heldAcks > 0) {
        send("{\"acknowledge\":{\"checkpoints\":" + heldAcks + "}}");
      }
      heldAcks = 0;
    }
  }

  /** How many acknowledgements are held back. */
  public int heldAcknowledgements() {
    synchronized (acks) {
      return heldAcks;
    }
  }

  /** Waits until {@code count} acknowledgements are held back. */
  public void awaitHeldAcknowledgements(int count) throws InterruptedException {
    synchronized (acks) {
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (heldAcks < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("only " + heldAcks + " of " + count + " checkpoints arrived");
        }
        acks.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
      }
    }
  }

  private void acknowledge() {
    synchronized (acks) {
      if (holdAcks) {
        heldAcks++;
        acks.notifyAll();
        return;
      }
    }
    send("{\"acknowledge\":{\"checkpoints\":1}}");
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  private void readStdout() {
    try (BufferedReader reader = process.inputReader(StandardCharsets.UTF_8)) {
      for (String line; (line = reader.readLine()) != null; ) {
        JsonNode message = parse(line);
        if (message.has("captured")) {
          pending.add(message.get("captured"));
        } else if (message.has("checkpoint")) {
          for (JsonNode captured : pending) {
            Committed doc =
                new Committed(
                    transactions + 1, captured.get("binding").asInt(), captured.get("doc"));
            committed.add(doc);
            onCommit.accept(doc);
          }
          transactions++;
          pending.clear();
          acknowledge();
        }
      }
    } catch (IOException e) {
      // The process went away: what it committed is kept, what it had not is not.
    }
  }

  private void readStderr() {
    try (BufferedReader reader = process.errorReader(StandardCharsets.UTF_8)) {
      for (String line; (line = reader.readLine()) != null; ) {
        synchronized (lock) {
          stderr.add(line);
          lock.notifyAll();
        }
      }
    } catch (IOException e) {
      // The process went away.
    } finally {
      synchronized (lock) {
        lock.notifyAll();
      }
    }
  }

  private void send(String line) {
    try {
      synchronized (stdin) {
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
      }
    } catch (IOException e) {
      // The process is gone; its unacknowledged transactions are Flow's to forget.
    }
  }

  private String describeExit() {
    return process.isAlive() ? "still running" : "exit status " + process.exitValue();
  }

  private static Thread thread(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + json, e);
    }
  }
}
