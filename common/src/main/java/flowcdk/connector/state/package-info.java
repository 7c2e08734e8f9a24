/**
 * A capture's state in the JSON shapes of Estuary's Python CDK: {@link
 * flowcdk.connector.state.ResourceState} per binding, with incremental cursors ({@link
 * flowcdk.connector.state.LogCursor}), backfill page cursors ({@link
 * flowcdk.connector.state.PageCursor}) and snapshot digests, single or per subtask ({@link
 * flowcdk.connector.state.Slot}).
 */
package flowcdk.connector.state;
