package io.deepscalper.continuous;

import io.deepscalper.api.nn.NamedTensor;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterInit;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.api.train.TrainingEnd;
import io.deepscalper.api.train.TrainingListener;
import io.deepscalper.api.train.UpdateEvent;
import io.deepscalper.testkit.RecordingTrainingControl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link ModelTrainer} without an engine, for orchestrator tests. It "trains" in chunks of
 * {@link #CHUNK} steps, reporting an update to the listener after each and stopping when asked (leaving a
 * checkpoint file with the step reached, from which a resumed job continues). The result depends only on
 * the job: a full job gives seeded fresh parameters of {@link #NETWORK}'s layout, an incremental one the
 * warm start shifted a little, so the same run id always gives the same model. Tests can make the next job
 * throw, or run an action when a step is reached (ask for a graceful stop, report critical health).
 */
final class FakeTrainer implements ModelTrainer {
    /** The network every job trains. */
    static final NetworkConfig NETWORK = new NetworkConfig(10, List.of(8), 8, 4, 21, 11);
    /** Steps of a full job. */
    static final long FULL_STEPS = 100;
    /** Steps between two updates reported to the listener. */
    static final long CHUNK = 10;
    private static final String CHECKPOINT = "fake-checkpoint.txt";

    private final List<TrainingJob> jobs = new ArrayList<>();
    private final List<Long> firstSteps = new ArrayList<>();
    private final Map<Long, Runnable> atStep = new TreeMap<>();
    private RuntimeException failNext;
    private NetworkConfig network = NETWORK;

    /** Trains {@code n} from now on, as after a config change of the lookback, bins or widths. */
    void network(NetworkConfig n) {
        network = n;
    }

    /** Makes the next {@link #train} call throw {@code e} before its first step. */
    void failNext(RuntimeException e) {
        failNext = e;
    }

    /** Runs {@code action} once, just before the update of {@code step} is reported. */
    void atStep(long step, Runnable action) {
        atStep.put(step, action);
    }

    /** @return every job asked for, in order (including the one that failed) */
    List<TrainingJob> jobs() {
        return jobs;
    }

    /** @return per job that ran, the first step it reported (a resumed job continues after its checkpoint) */
    List<Long> firstSteps() {
        return firstSteps;
    }

    @Override
    public NetworkConfig network() {
        return network;
    }

    @Override
    public long fullSteps() {
        return FULL_STEPS;
    }

    @Override
    public long seed() {
        return 7;
    }

    @Override
    public TrainingOutcome train(TrainingJob job, TrainingListener listener) {
        jobs.add(job);
        if (failNext != null) {
            RuntimeException e = failNext;
            failNext = null;
            throw e;
        }
        ParameterSet initial = job.warmStart() != null ? job.warmStart() : fresh(job);
        RecordingTrainingControl control = new RecordingTrainingControl();
        long from = job.resume() ? readCheckpoint(job.checkpointDir()) : 0;
        firstSteps.add(from + CHUNK);
        for (long step = from + CHUNK; step <= job.steps(); step += CHUNK) {
            Runnable action = atStep.remove(step);
            if (action != null) {
                action.run();
            }
            listener.onUpdate(new UpdateEvent(step, step, 0.1, 0.1, 0, 0.5, (int) step, 1e-3, 1, Map.of(), Map.of(),
                    1000, step), control);
            if (control.stopRequested()) {
                writeCheckpoint(job.checkpointDir(), step);
                TrainingEnd end = TrainingEnd.stopped(control.stopReason());
                listener.onTrainingEnd(step, end);
                return new TrainingOutcome(result(job), initial, step, end);
            }
        }
        listener.onTrainingEnd(job.steps(), TrainingEnd.completed());
        return new TrainingOutcome(result(job), initial, job.steps(), TrainingEnd.completed());
    }

    private ParameterSet result(TrainingJob job) {
        if (job.warmStart() == null) {
            return fresh(job);
        }
        float shift = 1e-3f * (1 + (job.runId().hashCode() & 0xff));
        List<NamedTensor> out = new ArrayList<>();
        for (NamedTensor t : job.warmStart().tensors()) {
            float[] d = t.data().clone();
            for (int i = 0; i < d.length; i++) {
                d[i] += shift;
            }
            out.add(new NamedTensor(t.name(), t.shape(), d));
        }
        return new ParameterSet(out);
    }

    private ParameterSet fresh(TrainingJob job) {
        return ParameterInit.kaimingUniform(network, seed() * 31 + job.runId().hashCode());
    }

    private static void writeCheckpoint(Path dir, long step) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(CHECKPOINT), Long.toString(step));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long readCheckpoint(Path dir) {
        try {
            return Long.parseLong(Files.readString(dir.resolve(CHECKPOINT)).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("a resumed job needs the checkpoint of its run", e);
        }
    }
}
