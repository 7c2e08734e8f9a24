/**
 * Glue between the runtime and a connector's declarations, called only by generated code: every
 * generated {@code <Capture>_Dispatch} extends {@link flowcdk.connector.dispatch.CaptureDispatch},
 * which serves spec, discover, validate and open (binding resolution, resource config decoding,
 * binding initialization). Connector code does not use this package; its types may change between
 * versions without notice.
 */
package flowcdk.connector.dispatch;
