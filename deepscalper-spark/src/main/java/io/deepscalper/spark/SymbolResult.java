package io.deepscalper.spark;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One symbol's model, trained and backtested in a Spark task.
 *
 * @param symbol         the symbol
 * @param steps          environment steps trained
 * @param from           first held-out session (null when failed)
 * @param to             last held-out session (null when failed)
 * @param metrics        the model's metrics on the held-out sessions
 * @param flat           the flat policy's metrics on the same sessions
 * @param sessionReturns the model's return on each held-out session
 * @param error          why the symbol could not be trained; null on success
 */
public record SymbolResult(String symbol, long steps, LocalDate from, LocalDate to, Map<String, Double> metrics,
                           Map<String, Double> flat, List<Double> sessionReturns, String error) {
    static SymbolResult failed(String symbol, String why) {
        return new SymbolResult(symbol, 0, null, null, Map.of(), Map.of(), List.of(), why);
    }
}
