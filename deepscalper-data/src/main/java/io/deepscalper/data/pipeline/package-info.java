/** The continuous multi-symbol data pipeline: scheduled incremental updates, quality gate, drift, events. */
package io.deepscalper.data.pipeline;
