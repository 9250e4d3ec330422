package io.deepscalper.monitoring.sink;

import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.metrics.AlertEvent;
import io.deepscalper.api.metrics.DataReport;
import io.deepscalper.api.metrics.MetricsWriter;
import io.deepscalper.api.metrics.TriggerEvent;
import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.EvaluationEvent;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.TrainingEnd;
import io.deepscalper.api.train.UpdateEvent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code csv} sink's writer: four append-only files with a header each. Buffered; {@link #flush()}
 * pushes to the OS and {@link #close()} also fsyncs. Synchronized, so the background of a trainer and
 * the orchestrator may both write.
 */
public final class CsvMetricsWriter implements MetricsWriter {
    static final String TRAINING_HEADER = "kind,step,update_no,episode,ts_millis,loss,q_loss,aux_loss,raw_return,"
            + "hindsight_return,epsilon,buffer_size,learning_rate,grad_norm,wall_time_nanos,symbol,session_date,"
            + "episode_steps,trades";

    private final Path dir;
    private final BufferedWriter training;
    private final BufferedWriter custom;
    private final BufferedWriter evaluations;
    private final BufferedWriter events;
    private final List<Path> files = new ArrayList<>();
    private boolean closed;

    /** @param dir directory for the four files; created if needed */
    public CsvMetricsWriter(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
            training = open("training.csv", TRAINING_HEADER);
            custom = open("custom.csv", "step,ts_millis,name,value");
            evaluations = open("evaluations.csv", "ts_millis,step,model_version,split,date_from,date_to,policy,"
                    + "metric,value");
            events = open("events.csv", "ts_millis,type,name,severity_or_result,step,value,message");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open CSV metrics files in " + dir + ": " + e.getMessage(), e);
        }
    }

    private BufferedWriter open(String name, String header) throws IOException {
        Path p = dir.resolve(name);
        boolean fresh = !Files.exists(p) || Files.size(p) == 0;
        BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        if (fresh) {
            w.write(header);
            w.write('\n');
        }
        files.add(p);
        return w;
    }

    @Override
    public synchronized void onUpdate(UpdateEvent e, TrainingControl control) {
        line(training, "update", e.step(), e.update(), "", e.timestampMillis(), e.loss(), e.qLoss(), e.auxLoss(), "",
                "", e.epsilon(), e.bufferSize(), e.learningRate(), e.gradNorm(), e.wallTimeNanos(), "", "", "", "");
    }

    @Override
    public synchronized void onEpisode(EpisodeEvent e, TrainingControl control) {
        line(training, "episode", e.step(), "", e.episode(), e.timestampMillis(), "", "", "", e.rawReturn(),
                e.hindsightReturn(), e.epsilon(), "", "", "", "", e.symbol(), e.session(), e.steps(), e.trades());
    }

    @Override
    public synchronized void onEvaluation(String modelVersion, EvaluationEvent e) {
        String v = modelVersion == null ? "" : modelVersion;
        for (Map.Entry<String, Double> m : e.metrics().entrySet()) {
            line(evaluations, e.timestampMillis(), e.step(), v, e.split(), e.from(), e.to(), "agent", m.getKey(),
                    m.getValue());
        }
        if (e.baselines() != null) {
            for (Map.Entry<String, Map<String, Double>> b : e.baselines().entrySet()) {
                for (Map.Entry<String, Double> m : b.getValue().entrySet()) {
                    line(evaluations, e.timestampMillis(), e.step(), v, e.split(), e.from(), e.to(), b.getKey(),
                            m.getKey(), m.getValue());
                }
            }
        }
    }

    @Override
    public synchronized void onHealth(HealthReport r) {
        line(events, r.timestampMillis(), "health", "model", r.severity(), r.step(), "", r.summary());
    }

    @Override
    public synchronized void onTrigger(TriggerEvent e) {
        line(events, e.timestampMillis(), "trigger", e.trigger(), e.fired() ? "fired" : "not fired", "", "",
                e.reason() + " -> " + e.action());
    }

    @Override
    public synchronized void onAlert(AlertEvent e) {
        line(events, e.timestampMillis(), "alert", e.kind() + ":" + e.metric(), e.severity(), e.step(), e.value(),
                e.message());
    }

    @Override
    public synchronized void onDataReport(DataReport r) {
        line(events, r.timestampMillis(), "data." + r.kind(), r.symbol(), r.passed() ? "passed" : "failed", "", "",
                String.join("; ", r.findings()));
    }

    @Override
    public synchronized void onMetric(long step, long timestampMillis, String name, double value) {
        line(custom, step, timestampMillis, name, value);
    }

    @Override
    public synchronized void onTrainingEnd(long step, TrainingEnd end) {
        flush();
    }

    @Override
    public synchronized void flush() {
        if (closed) {
            return;
        }
        try {
            training.flush();
            custom.flush();
            evaluations.flush();
            events.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot flush CSV metrics in " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        try {
            flush();
            for (BufferedWriter w : List.of(training, custom, evaluations, events)) {
                w.close();
            }
            for (Path p : files) {
                try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close CSV metrics in " + dir + ": " + e.getMessage(), e);
        } finally {
            closed = true;
        }
    }

    private void line(BufferedWriter w, Object... cells) {
        if (closed) {
            throw new IllegalStateException("CSV metrics writer for " + dir + " is closed");
        }
        try {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    w.write(',');
                }
                Object c = cells[i];
                if (c != null) {
                    String s = c.toString();
                    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0;
                    w.write(quote ? '"' + s.replace("\"", "\"\"") + '"' : s);
                }
            }
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV metrics in " + dir + ": " + e.getMessage(), e);
        }
    }
}
