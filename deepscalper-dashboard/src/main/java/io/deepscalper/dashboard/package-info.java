/**
 * The live web dashboard of a working directory: an embedded Javalin server on loopback that serves a
 * small HTML+JS page (charts by uPlot from its webjar, nothing from the network) and the JSON endpoints
 * behind it. Everything is read from the directory a trainer writes (the metrics store through read-only
 * SQLite connections, including the paper trader's journal and the searches' trials, the registry catalog and
 * metadata, {@code state.json}, {@code config.json},
 * {@code trainer.pid}), so the dashboard runs beside a trainer or after it, in the same or another process.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.dashboard;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
