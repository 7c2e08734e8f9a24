/**
 * Flow's capture protocol: the requests a capture connector reads from stdin, the responses it
 * writes to stdout, and their codec. This package is the one owner of the wire format: no other
 * part of the kit spells a message's bytes.
 *
 * <p>Flow talks to a connector in newline-delimited JSON. Each line on stdin is one {@link
 * flowcdk.runtime.protocol.Request}, decoded by {@link flowcdk.runtime.protocol.RequestReader};
 * each line the connector writes is one {@link flowcdk.runtime.protocol.Response}, encoded by
 * {@link flowcdk.runtime.protocol.ResponseWriter}. The lines a running capture streams ({@code
 * captured}, {@code sourcedSchema}, {@code checkpoint}) are framed by {@link
 * flowcdk.runtime.protocol.CaptureFraming}, which the runtime's tasks write their documents with,
 * so that the records and the hot path produce the same bytes. The other direction, what a tool
 * driving a connector needs (the {@code preview} command, tests), is {@link
 * flowcdk.runtime.protocol.RequestWriter} and {@link flowcdk.runtime.protocol.ResponseReader}.
 * Reading stdin into lines is the runtime's business, not this package's.
 *
 * <p>Values whose shape is connector-defined (endpoint configs, resource configs, connector state,
 * schemas, documents) stay {@link flowcdk.runtime.json.RawJson} and are never parsed into a tree:
 * they are copied once when a request is read and written out raw when a response is written.
 *
 * <p>The messages are immutable records. Their constructors reject null components with a {@link
 * NullPointerException} naming the component, copy lists, and reject values Flow would not accept
 * (a config, schema, state or document that is not a JSON object, a counter outside the unsigned
 * 32-bit range) with an {@link IllegalArgumentException}.
 *
 * <p>The readers follow Flow's protobuf-JSON encoding, which omits zero values (empty lists, 0,
 * {@code ""}, {@code false}): such fields get their default when absent, unknown fields are skipped
 * at every level, and {@code null} is treated like an absent field where a default exists.
 */
package flowcdk.runtime.protocol;
