/**
 * One model deciding on live bars: the features of a trailing window, the observation with the environment's private state, and the order with the environment's own arithmetic.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.paper.decide;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
