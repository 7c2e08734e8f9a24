/**
 * What every connector runs on: Flow's capture protocol, the Vert.x runtime loop and its launcher,
 * tasks and transactions, logging, and the codec support generated code calls.
 *
 * <p>Exported are the packages connectors, the common strategies and generated code use: the API
 * dispatchers implement and the runtime options ({@code flowcdk.runtime}), the launcher ({@code
 * flowcdk.runtime.launch}) and the command-line tool it runs ({@code flowcdk.runtime.cli}), the
 * wire format ({@code flowcdk.runtime.protocol}), JSON values ({@code flowcdk.runtime.json}),
 * logging ({@code flowcdk.runtime.log}), tasks ({@code flowcdk.runtime.task}: the task a binding
 * writes to, its stopping signal, its document writer) and the codec support ({@code
 * flowcdk.runtime.codec}). The protocol loop ({@code flowcdk.runtime.internal}) and the stdout path
 * with its buffers, spill files and transactor ({@code flowcdk.runtime.output}) are the runtime's
 * own and not exported.
 *
 * <p>Connectors run as one jar on the class path, where this descriptor does not apply (the jar's
 * build leaves it out); it states the API and holds for code on the module path.
 */
module flowcdk.runtime {
  // In the API: RawJson and DocumentWriter speak jackson-core, Connector and Task Vert.x.
  requires transitive com.fasterxml.jackson.core;
  requires transitive io.vertx.core;
  // java.util.logging, bridged into the ops log: JulBridge is a java.util.logging.Handler.
  requires transitive java.logging;
  // The loggers of Netty and Vert.x, routed into the ops log (flowcdk.runtime.log.LibraryLogs).
  requires io.netty.common;
  requires io.vertx.core.logging;
  // sun.misc.Signal: SIGTERM stops a capture gracefully, Ctrl-C stops a preview.
  requires jdk.unsupported;

  exports flowcdk.runtime;
  exports flowcdk.runtime.cli;
  exports flowcdk.runtime.codec;
  exports flowcdk.runtime.json;
  exports flowcdk.runtime.launch;
  exports flowcdk.runtime.log;
  exports flowcdk.runtime.protocol;
  exports flowcdk.runtime.task;
}
