package io.deepscalper.api.continuous;

import io.deepscalper.api.continuous.PerformanceTrend;
import java.util.Objects;

/**
 * What performance analysis says about the champion's recent evaluations.
 *
 * @param trend          trend classification of the recent metric values
 * @param changeDetected true when the streaming change detector (Page-Hinkley, ADWIN) fired on returns
 * @param detail         one line with the test statistics
 */
public record PerformanceSignal(PerformanceTrend trend, boolean changeDetected, String detail) {

    /** The signal when nothing is known yet. */
    public static final PerformanceSignal UNKNOWN = new PerformanceSignal(PerformanceTrend.UNKNOWN, false,
            "no evaluations analysed yet");

    /** Rejects nulls. */
    public PerformanceSignal {
        Objects.requireNonNull(trend, "trend");
        Objects.requireNonNull(detail, "detail");
    }
}
