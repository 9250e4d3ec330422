/** The continuous multi-symbol data pipeline: scheduled incremental updates, quality gate, drift, events. */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.data.pipeline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
