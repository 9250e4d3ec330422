/**
 * The hyperparameter search: {@link io.deepscalper.tuning.Tuner} runs trials (locally in parallel, or through a {@link io.deepscalper.tuning.TrialExecutor} such as the Spark one), stores every trial, picks the best on validation sessions and registers it through the validation gate on sessions the search never saw.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.tuning;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
