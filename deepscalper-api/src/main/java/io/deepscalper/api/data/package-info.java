/**
 * Data-feed contracts shared by the data module (which produces them) and the continuous-training
 * orchestrator (which consumes them): bar intervals, update events, quality and drift summaries, and
 * the {@link io.deepscalper.api.data.DataFeed} interface.
 */
package io.deepscalper.api.data;
