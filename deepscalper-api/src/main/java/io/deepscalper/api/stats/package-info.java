/**
 * Small statistics shared by monitoring, the retraining triggers and the validation gate (the probabilistic
 * Sharpe ratio over per-session returns); no engine, no I/O.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.api.stats;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
