package io.deepscalper.tuning;

import com.fasterxml.jackson.databind.JsonNode;
import io.deepscalper.tuning.select.DeflatedSharpe;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Plain-text lines describing a search, for the CLI and the Spark job to print (the library never prints). */
public final class TuningReport {
    private TuningReport() {
    }

    /** @return one line for trial {@code r}: number, status, score, Sharpe, steps, wall time, values, reason */
    public static String trialLine(TrialResult r) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "trial %2d  %-14s  return %9s  sharpe %7s  "
                        + "steps %6d  %5.1f s  ", r.number(), r.status(), pct(r.score()),
                r.completed() ? String.format(Locale.ROOT, "%.3f", r.sharpe()) : "-", r.steps(),
                r.wallMillis() / 1000.0));
        b.append(values(r.values()));
        if (r.stopReason() != null) {
            b.append("  (").append(r.stopReason()).append(')');
        }
        return b.toString();
    }

    /** @return the values as {@code name=value, ...} */
    public static String values(Map<String, JsonNode> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((k, v) -> parts.add(k + "=" + (v.isFloatingPointNumber()
                ? String.format(Locale.ROOT, "%.4g", v.asDouble()) : v.toString())));
        return String.join(", ", parts);
    }

    /** @return the summary: counts, the best trial, its deflation, and what the gate decided */
    public static List<String> summary(TuningResult result, Optional<CandidateRegistration.Registration> reg) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "search %s (%s): %d trials, %d completed, %d stopped early, %d stopped by "
                        + "the budget, %d failed, %.1f s", result.searchId(), result.sampler(), result.trials().size(),
                result.count(TrialStatus.COMPLETED), result.count(TrialStatus.STOPPED_EARLY),
                result.count(TrialStatus.STOPPED_BUDGET), result.count(TrialStatus.FAILED),
                result.wallMillis() / 1000.0));
        if (result.best().isEmpty()) {
            out.add("no trial completed; nothing registered");
            return out;
        }
        TrialResult best = result.best().get();
        out.add("best: trial " + best.number() + " (validation return " + pct(best.score()) + " on "
                + best.sessionReturns().size() + " sessions): " + values(best.values()));
        DeflatedSharpe d = result.deflation();
        if (d != null) {
            out.add(String.format(Locale.ROOT, "deflated Sharpe ratio %.4f for %d trials (Sharpe per session %.3f vs "
                            + "%.3f expected from the best of %d trials without skill, variance %.4f)", d.probability(),
                    d.trials(), d.sharpe(), d.expectedMaxSharpe(), d.trials(), d.sharpeVariance()));
        }
        reg.ifPresent(r -> {
            out.add("registered " + r.version().id() + " on the " + r.gate().heldOut().sessions()
                    + " gate sessions " + r.gate().heldOut().from() + " to " + r.gate().heldOut().to()
                    + " (never seen by the search): " + (r.promoted() ? "passed the gate, now champion"
                    : "rejected by the gate: " + String.join("; ", r.gate().failures())));
            out.add("on the gate sessions: total return " + pct(r.candidate().metrics().getOrDefault("total_return",
                    Double.NaN)) + ", mean session return " + pct(r.candidate().meanReturn()));
        });
        return out;
    }

    private static String pct(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%+.3f %%", 100 * v) : "-";
    }
}
