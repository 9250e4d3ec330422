/**
 * Honest selection statistics: the deflated Sharpe ratio for the number of trials, and the normal quantile it needs.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.tuning.select;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
