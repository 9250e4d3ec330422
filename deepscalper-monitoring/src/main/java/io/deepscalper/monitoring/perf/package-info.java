/**
 * Performance evaluation over evaluation reports: rolling Sharpe, drawdown, win rate and profit
 * factor; trend classification by the Mann-Kendall test at a stated significance level; robust-z
 * anomaly detection; and regression alerts (trend, anomaly, Page-Hinkley change point) as events.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.monitoring.perf;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
