package io.deepscalper.monitoring.store;

import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.UpdateEvent;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows buffered between write transactions. Updates and episodes keep the trainer's event objects;
 * custom scalars go into preallocated parallel arrays so that logging them allocates nothing.
 */
final class PendingRows {
    static final String INSERT_TRAINING = "INSERT INTO training_metrics(kind, step, update_no, episode, ts_millis, "
            + "loss, q_loss, aux_loss, raw_return, hindsight_return, epsilon, buffer_size, learning_rate, "
            + "grad_norm, wall_time_nanos, symbol, session_date, episode_steps, trades, run_id, model_version) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_CUSTOM = "INSERT INTO custom_metrics(step, ts_millis, name, value) VALUES (?, ?, ?, ?)";

    private final List<Object> training;
    // the run and version of each training row, parallel to 'training' (the same two strings for a whole
    // run, so these lists hold references, not copies)
    private final List<String> runIds;
    private final List<String> versions;
    private final long[] customStep;
    private final long[] customTs;
    private final String[] customName;
    private final double[] customValue;
    private int customCount;

    PendingRows(int capacity) {
        training = new ArrayList<>(capacity);
        runIds = new ArrayList<>(capacity);
        versions = new ArrayList<>(capacity);
        customStep = new long[capacity];
        customTs = new long[capacity];
        customName = new String[capacity];
        customValue = new double[capacity];
    }

    int size() {
        return training.size() + customCount;
    }

    void add(UpdateEvent e, String runId, String version) {
        training.add(e);
        runIds.add(runId);
        versions.add(version);
    }

    void add(EpisodeEvent e, String runId, String version) {
        training.add(e);
        runIds.add(runId);
        versions.add(version);
    }

    /** @return false when the custom arrays are full (flush first) */
    boolean addCustom(long step, long ts, String name, double value) {
        if (customCount == customStep.length) {
            return false;
        }
        customStep[customCount] = step;
        customTs[customCount] = ts;
        customName[customCount] = name;
        customValue[customCount] = value;
        customCount++;
        return true;
    }

    /** Adds every pending row to the statements' batches (the caller executes and commits). */
    void bind(PreparedStatement trainingPs, PreparedStatement customPs) throws SQLException {
        for (int i = 0; i < training.size(); i++) {
            Object o = training.get(i);
            if (o instanceof UpdateEvent u) {
                bindUpdate(trainingPs, u);
            } else {
                bindEpisode(trainingPs, (EpisodeEvent) o);
            }
            trainingPs.setString(20, runIds.get(i));
            trainingPs.setString(21, versions.get(i));
            trainingPs.addBatch();
        }
        for (int i = 0; i < customCount; i++) {
            customPs.setLong(1, customStep[i]);
            customPs.setLong(2, customTs[i]);
            customPs.setString(3, customName[i]);
            customPs.setDouble(4, customValue[i]);
            customPs.addBatch();
        }
    }

    boolean hasTraining() {
        return !training.isEmpty();
    }

    boolean hasCustom() {
        return customCount > 0;
    }

    void clear() {
        training.clear();
        runIds.clear();
        versions.clear();
        for (int i = 0; i < customCount; i++) {
            customName[i] = null;
        }
        customCount = 0;
    }

    private static void bindUpdate(PreparedStatement ps, UpdateEvent u) throws SQLException {
        ps.setString(1, TrainingMetric.UPDATE);
        ps.setLong(2, u.step());
        ps.setLong(3, u.update());
        ps.setNull(4, Types.INTEGER);
        ps.setLong(5, u.timestampMillis());
        ps.setDouble(6, u.loss());
        ps.setDouble(7, u.qLoss());
        ps.setDouble(8, u.auxLoss());
        ps.setNull(9, Types.REAL);
        ps.setNull(10, Types.REAL);
        ps.setDouble(11, u.epsilon());
        ps.setLong(12, u.bufferSize());
        ps.setDouble(13, u.learningRate());
        ps.setDouble(14, u.gradNorm());
        ps.setLong(15, u.wallTimeNanos());
        ps.setNull(16, Types.VARCHAR);
        ps.setNull(17, Types.VARCHAR);
        ps.setNull(18, Types.INTEGER);
        ps.setNull(19, Types.INTEGER);
    }

    private static void bindEpisode(PreparedStatement ps, EpisodeEvent e) throws SQLException {
        ps.setString(1, TrainingMetric.EPISODE);
        ps.setLong(2, e.step());
        ps.setNull(3, Types.INTEGER);
        ps.setLong(4, e.episode());
        ps.setLong(5, e.timestampMillis());
        ps.setNull(6, Types.REAL);
        ps.setNull(7, Types.REAL);
        ps.setNull(8, Types.REAL);
        ps.setDouble(9, e.rawReturn());
        ps.setDouble(10, e.hindsightReturn());
        ps.setDouble(11, e.epsilon());
        ps.setNull(12, Types.INTEGER);
        ps.setNull(13, Types.REAL);
        ps.setNull(14, Types.REAL);
        ps.setNull(15, Types.INTEGER);
        ps.setString(16, e.symbol());
        ps.setString(17, e.session() == null ? null : e.session().toString());
        ps.setLong(18, e.steps());
        ps.setLong(19, e.trades());
    }
}
