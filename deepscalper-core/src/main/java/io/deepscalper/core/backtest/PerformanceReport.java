package io.deepscalper.core.backtest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deepscalper.api.io.Json;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One policy's backtest result. Formulas (all in {@link PerformanceMetrics}; {@code E_0} the initial
 * equity, {@code E_d} the equity after day {@code d}, all positions closed at every session's end):
 * <ul>
 *   <li>{@code totalReturn = E_final / E_0 - 1} (days compound: each session starts with the previous one's
 *       ending equity);</li>
 *   <li>{@code dailyReturns[d] = E_d / E_{d-1} - 1}, one per session;</li>
 *   <li>{@code sharpe = mean(daily) / sampleStd(daily) * sqrt(252)}, risk-free rate 0;</li>
 *   <li>{@code sortino = mean(daily) / sqrt(mean(min(daily, 0)^2)) * sqrt(252)};</li>
 *   <li>{@code maxDrawdown}: the largest fall from a running peak of the bar-by-bar marked-to-market equity
 *       curve, as a fraction of that peak (intraday drawdowns count);</li>
 *   <li>{@code calmar = ((1 + totalReturn)^(252 / sessions) - 1) / maxDrawdown};</li>
 *   <li>{@code winRate}: round trips with a profit {@code > 0} after fees, over round trips;</li>
 *   <li>{@code profitFactor}: gross profit over gross loss of round trips;</li>
 *   <li>{@code trades}: number of fills, the end-of-session liquidations included;</li>
 *   <li>{@code avgHoldingBars}: mean bars from a round trip's opening fill to its closing fill;</li>
 *   <li>{@code turnover}: traded notional (sum of {@code |shares * price|} over fills) over {@code E_0};</li>
 *   <li>{@code fees}: fees paid, in currency.</li>
 * </ul>
 * Edge cases: no trades gives zero return, win rate, profit factor, holding time and turnover; zero
 * volatility and no losses follow the ratio rule of {@link PerformanceMetrics} (0 over 0 is 0, x over 0 is
 * capped at {@value PerformanceMetrics#RATIO_CAP}), so every field is finite.
 *
 * @param policy         the policy's name
 * @param symbol         the traded symbol
 * @param firstDate      first session's date, ISO-8601
 * @param lastDate       last session's date, ISO-8601
 * @param sessions       sessions traded
 * @param initialEquity  {@code E_0}
 * @param finalEquity    equity after the last session
 * @param totalReturn    see above
 * @param dailyReturns   see above
 * @param sharpe         see above
 * @param sortino        see above
 * @param maxDrawdown    see above, a positive fraction
 * @param calmar         see above
 * @param roundTrips     closed round trips
 * @param winRate        see above
 * @param profitFactor   see above
 * @param trades         see above
 * @param avgHoldingBars see above
 * @param turnover       see above
 * @param fees           see above
 */
public record PerformanceReport(String policy, String symbol, String firstDate, String lastDate, int sessions,
                                double initialEquity, double finalEquity, double totalReturn,
                                List<Double> dailyReturns, double sharpe, double sortino, double maxDrawdown,
                                double calmar, int roundTrips, double winRate, double profitFactor, int trades,
                                double avgHoldingBars, double turnover, double fees) {
    private static final ObjectMapper JSON = Json.mapper();

    /** Copies the daily returns. */
    public PerformanceReport {
        Objects.requireNonNull(policy, "policy");
        dailyReturns = List.copyOf(dailyReturns);
    }

    /**
     * The metric names of {@link #toMetricMap()}, in its order: the one list that config checks
     * ({@code continuous.performanceMetric}, {@code gate.criteria[].metric}) test names against. An
     * evaluation over several symbols also holds each of these per symbol, as {@code name.SYMBOL}.
     */
    public static final List<String> METRIC_NAMES = List.of("total_return", "sharpe", "sortino", "max_drawdown",
            "calmar", "win_rate", "profit_factor", "trades", "round_trips", "avg_holding_bars", "turnover", "fees",
            "final_equity", "sessions");

    /**
     * @return the metrics under the stable names of {@link #METRIC_NAMES}, in that order; what monitoring and
     *     the registry's validation gate store
     */
    public Map<String, Double> toMetricMap() {
        // the values in the order of METRIC_NAMES, so that the names are written once
        double[] values = {totalReturn, sharpe, sortino, maxDrawdown, calmar, winRate, profitFactor, trades,
            roundTrips, avgHoldingBars, turnover, fees, finalEquity, sessions};
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(METRIC_NAMES.get(i), values[i]);
        }
        return m;
    }

    /** @return an aligned two-column text table of this report */
    public String toTable() {
        return ReportTables.single(this);
    }

    /** @return an aligned table with one column per report (e.g. the agent next to the baselines) */
    public static String comparisonTable(List<PerformanceReport> reports) {
        return ReportTables.comparison(reports);
    }

    /** @return this report as JSON */
    public String toJson() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the report held in {@code json}
     * @throws IllegalArgumentException when the JSON is not a report, with Jackson's reason
     */
    public static PerformanceReport fromJson(String json) {
        try {
            return JSON.readValue(json, PerformanceReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a PerformanceReport JSON: " + e.getOriginalMessage(), e);
        }
    }
}
