/**
 * The backtester and its performance report: chronological sessions, raw reward, every metric's formula
 * documented on {@link io.deepscalper.core.backtest.PerformanceReport} and
 * {@link io.deepscalper.core.backtest.PerformanceMetrics}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.core.backtest;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
