/**
 * The metrics store: {@code metrics.db}, SQLite in WAL mode with a versioned schema, batched writes,
 * range queries and CSV export. A second process can read it while a trainer writes.
 */
package io.deepscalper.monitoring.store;
