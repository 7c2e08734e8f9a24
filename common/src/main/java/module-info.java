/**
 * What connectors are written against: the author package {@code flowcdk.connector} (the opener,
 * binding context, resource spec, strategies, fetch and sink shapes, exceptions), the state types
 * ({@code flowcdk.connector.state}), the dispatch every generated {@code _Dispatch} extends ({@code
 * flowcdk.connector.dispatch}, glue for generated code only), and the credentials and
 * authentication settings of the capture's HTTP client ({@code flowcdk.connector.http}), streamed
 * processing of large bodies ({@code flowcdk.connector.stream}), and the match rules and routing of
 * webhook capture ({@code flowcdk.connector.webhook}).
 *
 * <p>The per-capture context ({@code flowcdk.common.context}), the HTTP client and its token
 * sources ({@code flowcdk.common.http}), and cron schedules and the manual clock ({@code
 * flowcdk.common.time}) are this module's own and not exported. Connectors run as one jar on the
 * class path, where this descriptor does not apply (the shaded jar leaves it out); it states the
 * API and holds for code on the module path.
 */
module flowcdk.common {
  // In the API: RawJson, Task, Log and the clock are the runtime's; Future is Vert.x's.
  requires transitive flowcdk.runtime;
  // Compile-time only: the standard resource configs are @Models with Jackson's annotations
  // (transitive, as their public records carry them; never read by reflection at run time).
  requires static flowcdk.annotations;
  requires static transitive com.fasterxml.jackson.annotation;

  exports flowcdk.connector;
  exports flowcdk.connector.dispatch;
  exports flowcdk.connector.http;
  exports flowcdk.connector.state;
  exports flowcdk.connector.stream;
  exports flowcdk.connector.webhook;
}
