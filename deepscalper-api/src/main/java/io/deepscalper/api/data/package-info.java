/**
 * Data-feed contracts shared by the data module (which produces them) and the continuous-training
 * orchestrator (which consumes them): bar intervals, update events, quality and drift summaries, and
 * the {@link io.deepscalper.api.data.DataFeed} interface.
 */
@API(status = STABLE, since = "0.1.0")
package io.deepscalper.api.data;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
