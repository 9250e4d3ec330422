package io.deepscalper.cli.command;

import io.deepscalper.continuous.OrchestratorState;
import io.deepscalper.continuous.PendingRun;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The human text of {@code status}: one named field per line, times in local time to the second, "none" where
 * nothing is there. The JSON output ({@code --json}) keeps the machine names and ISO-8601 instants.
 */
final class StatusView {
    private StatusView() {
    }

    /** @return the summary lines, from the map that {@code --json} prints */
    static String summary(Map<String, Object> s, OrchestratorState state, PendingRun pending) {
        List<String[]> f = new ArrayList<>();
        f.add(field("working directory", s.get("workdir")));
        f.add(field("trainer", Boolean.TRUE.equals(s.get("running"))
                ? "running (pid " + s.get("pid") + "), phase " + s.get("phase") : "not running"));
        f.add(field("clock", state.simulationStart() == null ? "wall clock"
                : "simulated from " + state.simulationStart()
                + (state.clockAt() == null ? "" : ", now at " + Times.local(state.clockAt()))));
        f.add(field("cycles", state.cycles() + (state.cycleInProgress() ? " (cycle " + state.cycles()
                + " did not finish; the next start completes it)" : "")));
        f.add(field("retrains", state.completedRetrains() + (state.lastRetrain() == null ? ""
                : ", the last at " + Times.local(state.lastRetrain()))));
        f.add(field("champion", orNone(s.get("champion"))));
        f.add(field("active", orNone(s.get("active"))));
        f.add(field("deployment", s.get("deployment")));
        f.add(field("challenger", orNone(s.get("challenger"))));
        f.add(field("versions", s.get("versions")));
        f.add(field("pending run", pending == null ? "none" : pending.runId() + " (" + pending.mode() + ", trigger "
                + pending.trigger() + ", started " + Times.local(pending.startedAt()) + ")"));
        f.add(field("queued commands", s.get("queuedCommands")));
        int width = f.stream().mapToInt(x -> x[0].length()).max().orElse(0) + 2;
        StringBuilder sb = new StringBuilder();
        for (String[] x : f) {
            sb.append(x[0]).append(' ').append(" ".repeat(width - x[0].length() - 1)).append(x[1]).append('\n');
        }
        return sb.toString();
    }

    /** @return the last training row in words: {@code step 132 of run R (version V): loss 0.0002, ε 0.05 at T} */
    static String lastTraining(Map<String, Object> r) {
        if (r == null) {
            return "none";
        }
        StringBuilder sb = new StringBuilder(String.valueOf(r.get("kind"))).append(" at step ").append(r.get("step"));
        if (r.get("run") != null) {
            sb.append(" of run ").append(r.get("run"));
        }
        if (r.get("version") != null) {
            sb.append(" (version ").append(r.get("version")).append(')');
        }
        List<String> values = new ArrayList<>();
        if (r.get("loss") != null) {
            values.add("loss " + Table.format(r.get("loss")));
        }
        if (r.get("epsilon") != null) {
            values.add("epsilon " + Table.format(r.get("epsilon")));
        }
        if (!values.isEmpty()) {
            sb.append(": ").append(String.join(", ", values));
        }
        return sb.append(", ").append(time(r.get("time"))).toString();
    }

    /** @return an ISO-8601 instant (as the JSON map holds it) in local time to the second; other values as they are */
    static String time(Object iso) {
        if (iso == null) {
            return "-";
        }
        try {
            return Times.local(Instant.parse(iso.toString()));
        } catch (DateTimeParseException e) {
            return iso.toString();
        }
    }

    private static String orNone(Object v) {
        return v == null ? "none" : v.toString();
    }

    private static String[] field(String name, Object value) {
        return new String[] {name + ":", String.valueOf(value)};
    }
}
