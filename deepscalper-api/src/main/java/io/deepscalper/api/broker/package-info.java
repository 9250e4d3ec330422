/**
 * The broker vocabulary of paper trading: a {@link io.deepscalper.api.broker.BrokerConnection} (orders,
 * fills, positions, cash, the session clock and the bars to trade on) opened by a
 * {@link io.deepscalper.api.spi.Broker} provider, and the value types it exchanges. Engine-free: a broker
 * plug-in depends on deepscalper-api alone.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.api.broker;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
