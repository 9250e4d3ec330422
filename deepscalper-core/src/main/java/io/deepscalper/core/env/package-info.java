/**
 * The trading environment: scale-free features ({@link io.deepscalper.api.features.FeatureMatrix}),
 * observations ({@link io.deepscalper.core.env.Observations}), the honest limit-order fill and the
 * episode loop ({@link io.deepscalper.core.env.TradingEnvironment}), configured by
 * {@link io.deepscalper.core.env.EnvConfig}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.core.env;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
