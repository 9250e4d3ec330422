/**
 * The backtester and its performance report: chronological sessions, raw reward, every metric's formula
 * documented on {@link io.deepscalper.core.backtest.PerformanceReport} and
 * {@link io.deepscalper.core.backtest.PerformanceMetrics}.
 */
package io.deepscalper.core.backtest;
