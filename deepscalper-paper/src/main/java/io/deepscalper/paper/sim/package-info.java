/**
 * The {@code simulated} broker: a replay of bars through the trading environment's own fill model, fees and slippage ({@link io.deepscalper.paper.sim.SimulatedAccount}), in real time or accelerated.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.paper.sim;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
