/**
 * The metrics store: {@code metrics.db}, SQLite in WAL mode with a versioned schema, batched writes,
 * range queries and CSV export. A second process can read it while a trainer writes.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.monitoring.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
