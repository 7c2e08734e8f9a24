/**
 * The common capture strategies (incremental, backfill, snapshot) and connector state with the
 * same JSON shapes as Estuary's Python CDK.
 */
package flowcdk.common;
