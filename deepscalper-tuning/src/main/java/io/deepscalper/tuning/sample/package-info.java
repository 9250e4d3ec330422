/**
 * Samplers that propose the next trial's values: random, and a tree-structured Parzen estimator (TPE).
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.tuning.sample;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
