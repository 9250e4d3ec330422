package io.deepscalper.core.replay;

import io.deepscalper.core.util.Rng;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Proportional prioritized experience replay (Schaul et al. 2016) over compact transitions.
 *
 * <p>A slot holds only indices and scalars (series id, decision and next bar, private state before
 * and after, packed action, raw and hindsight reward, auxiliary target, done, steps spanned): about 70 bytes with
 * its tree nodes, instead of the 10.6 kB two float32 observations of the original network would take.
 * Observations are rebuilt by an {@link ObservationSource} into the reused buffers of a
 * {@link ReplayBatch} when a batch is sampled.
 *
 * <p>New transitions enter at the largest priority seen so far; sampling probability is
 * {@code p_i^alpha / sum p^alpha}; the importance weight is {@code (N P(i))^-beta}, divided by the
 * largest possible weight (from the smallest priority) so that weights are at most 1. The learner
 * reports new priorities {@code |td_price| + |td_quantity| + epsilon} with {@link #updatePriorities}.
 * Sampling is stratified: the priority mass is cut into {@code batch} equal segments and one
 * transition is drawn from each.
 *
 * <p>Not thread-safe.
 */
public final class PrioritizedReplay {
    /** Added to |td| sums so that no transition gets zero probability. */
    public static final double PRIORITY_EPSILON = 1e-5;
    private static final int FORMAT = 2;
    /** The format before n-step transitions: no steps field, every transition spans one step. */
    private static final int FORMAT_ONE_STEP = 1;

    private final int capacity;
    private final double alpha;
    private final SumTree tree;
    private final int[] seriesIds;
    private final int[] bars;
    private final int[] nextBars;
    private final float[] before;
    private final float[] after;
    private final short[] actions;
    private final float[] rawRewards;
    private final float[] rewards;
    private final float[] auxTargets;
    private final boolean[] dones;
    private final byte[] steps;
    private int size;
    private int next;
    private double maxPriority = 1.0;

    /**
     * @param capacity slots; the oldest transition is overwritten when full
     * @param alpha    priority exponent (0.6); 0 gives uniform sampling
     */
    public PrioritizedReplay(int capacity, double alpha) {
        if (capacity < 1) {
            throw new IllegalArgumentException("replay capacity must be >= 1 but was " + capacity);
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("replay alpha must be in [0, 1] but was " + alpha);
        }
        this.capacity = capacity;
        this.alpha = alpha;
        this.tree = new SumTree(capacity);
        this.seriesIds = new int[capacity];
        this.bars = new int[capacity];
        this.nextBars = new int[capacity];
        this.before = new float[3 * capacity];
        this.after = new float[3 * capacity];
        this.actions = new short[capacity];
        this.rawRewards = new float[capacity];
        this.rewards = new float[capacity];
        this.auxTargets = new float[capacity];
        this.dones = new boolean[capacity];
        this.steps = new byte[capacity];
    }

    /** @return slots */
    public int capacity() {
        return capacity;
    }

    /** @return transitions held */
    public int size() {
        return size;
    }

    /**
     * Stores a transition at the current maximum priority, overwriting the oldest when full.
     *
     * @param t the transition; its fields are copied
     * @return the slot used
     */
    public int add(Transition t) {
        if (t.action < 0 || t.action > Short.MAX_VALUE) {
            throw new IllegalArgumentException("packed action must be in [0, " + Short.MAX_VALUE + "] but was "
                    + t.action);
        }
        if (t.steps < 1 || t.steps > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("a transition spans 1 to " + Byte.MAX_VALUE + " steps but this one "
                    + t.steps);
        }
        if (!Float.isFinite(t.rawReward) || !Float.isFinite(t.hindsightReward) || !Float.isFinite(t.auxTarget)) {
            throw new IllegalArgumentException("transition at series " + t.seriesId + " bar " + t.barIndex
                    + " has a non-finite reward or aux target (raw " + t.rawReward + ", hindsight "
                    + t.hindsightReward + ", aux " + t.auxTarget + "); check the input bars for NaN prices");
        }
        int i = next;
        seriesIds[i] = t.seriesId;
        bars[i] = t.barIndex;
        nextBars[i] = t.nextBarIndex;
        System.arraycopy(t.stateBefore, 0, before, 3 * i, 3);
        System.arraycopy(t.stateAfter, 0, after, 3 * i, 3);
        actions[i] = (short) t.action;
        rawRewards[i] = t.rawReward;
        rewards[i] = t.hindsightReward;
        auxTargets[i] = t.auxTarget;
        dones[i] = t.done;
        steps[i] = (byte) t.steps;
        tree.set(i, Math.pow(maxPriority, alpha));
        next = (next + 1) % capacity;
        size = Math.min(size + 1, capacity);
        return i;
    }

    /**
     * Samples a batch proportionally to priority and rebuilds its observations. Allocates nothing.
     *
     * @param batch  reused buffers; {@code batch.size} transitions are drawn
     * @param source rebuilds observations
     * @param beta   importance-sampling exponent (annealed 0.4 to 1.0)
     * @param rng    random source
     */
    public void sample(ReplayBatch batch, ObservationSource source, double beta, Rng rng) {
        if (size == 0) {
            throw new IllegalStateException("cannot sample from an empty replay buffer");
        }
        if (batch.observationSize != source.observationSize()) {
            throw new IllegalArgumentException("batch observation size " + batch.observationSize
                    + " differs from the source's " + source.observationSize());
        }
        double total = tree.total();
        double segment = total / batch.size;
        // largest weight belongs to the smallest priority: (N * pmin/total)^-beta
        double maxWeight = Math.pow(size * tree.min() / total, -beta);
        int d = batch.observationSize;
        for (int k = 0; k < batch.size; k++) {
            double mass = Math.min((k + rng.nextDouble()) * segment, Math.nextDown(total));
            int i = tree.find(mass);
            batch.indices[k] = i;
            double p = tree.get(i) / total;
            batch.weights[k] = (float) (Math.pow(size * p, -beta) / maxWeight);
            batch.actions[k] = actions[i];
            batch.rewards[k] = rewards[i];
            batch.rawRewards[k] = rawRewards[i];
            batch.auxTargets[k] = auxTargets[i];
            batch.dones[k] = dones[i] ? 1f : 0f;
            batch.steps[k] = steps[i];
            source.write(seriesIds[i], bars[i], before[3 * i], before[3 * i + 1], before[3 * i + 2],
                    batch.observations, k * d);
            source.write(seriesIds[i], nextBars[i], after[3 * i], after[3 * i + 1], after[3 * i + 2],
                    batch.nextObservations, k * d);
        }
    }

    /**
     * Sets new priorities from the learner's TD errors.
     *
     * @param indices   slots from {@link ReplayBatch#indices}
     * @param tdPrice   TD error of the price branch per sample
     * @param tdQuantity TD error of the quantity branch per sample
     * @param count     how many entries to use
     */
    public void updatePriorities(int[] indices, float[] tdPrice, float[] tdQuantity, int count) {
        for (int k = 0; k < count; k++) {
            double p = Math.abs(tdPrice[k]) + Math.abs(tdQuantity[k]) + PRIORITY_EPSILON;
            if (!Double.isFinite(p)) {
                throw new IllegalArgumentException("non-finite TD error for replay slot " + indices[k]
                        + "; the learner diverged (lower the learning rate or check rewards)");
            }
            maxPriority = Math.max(maxPriority, p);
            tree.set(indices[k], Math.pow(p, alpha));
        }
    }

    /** @return the sampling priority (already raised to alpha) of a slot */
    public double priority(int slot) {
        return tree.get(slot);
    }

    /** @return bytes held by every array of this buffer (the sum tree included) */
    public long bytesHeld() {
        return tree.bytesHeld() + 4L * seriesIds.length + 4L * bars.length + 4L * nextBars.length
                + 4L * before.length + 4L * after.length + 2L * actions.length + 4L * rawRewards.length
                + 4L * rewards.length + 4L * auxTargets.length + dones.length + steps.length;
    }

    /**
     * Writes the content (for checkpoints).
     *
     * @param out destination
     * @throws IOException on write failure
     */
    public void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(FORMAT);
        out.writeInt(capacity);
        out.writeDouble(alpha);
        out.writeInt(size);
        out.writeInt(next);
        out.writeDouble(maxPriority);
        for (int i = 0; i < size; i++) {
            out.writeInt(seriesIds[i]);
            out.writeInt(bars[i]);
            out.writeInt(nextBars[i]);
            for (int j = 0; j < 3; j++) {
                out.writeFloat(before[3 * i + j]);
                out.writeFloat(after[3 * i + j]);
            }
            out.writeShort(actions[i]);
            out.writeFloat(rawRewards[i]);
            out.writeFloat(rewards[i]);
            out.writeFloat(auxTargets[i]);
            out.writeBoolean(dones[i]);
            out.writeByte(steps[i]);
            out.writeDouble(tree.get(i));
        }
    }

    /**
     * Replaces the content with what {@link #writeTo} wrote.
     *
     * @param in source
     * @throws IOException when the data is truncated or was written for another capacity or alpha; data of the
     *                     format before n-step transitions reads as one-step transitions
     */
    public void readFrom(DataInputStream in) throws IOException {
        int format = in.readInt();
        int cap = in.readInt();
        double a = in.readDouble();
        if ((format != FORMAT && format != FORMAT_ONE_STEP) || cap != capacity || a != alpha) {
            throw new IOException("replay data has format " + format + ", capacity " + cap + ", alpha " + a
                    + " but this buffer has format " + FORMAT + ", capacity " + capacity + ", alpha " + alpha);
        }
        int n = in.readInt();
        int nx = in.readInt();
        if (n < 0 || n > capacity || nx < 0 || nx >= capacity) {
            throw new IOException("replay data has invalid size " + n + " or position " + nx);
        }
        double maxP = in.readDouble();
        for (int i = 0; i < n; i++) {
            seriesIds[i] = in.readInt();
            bars[i] = in.readInt();
            nextBars[i] = in.readInt();
            for (int j = 0; j < 3; j++) {
                before[3 * i + j] = in.readFloat();
                after[3 * i + j] = in.readFloat();
            }
            actions[i] = in.readShort();
            rawRewards[i] = in.readFloat();
            rewards[i] = in.readFloat();
            auxTargets[i] = in.readFloat();
            dones[i] = in.readBoolean();
            steps[i] = format == FORMAT_ONE_STEP ? 1 : in.readByte();
            if (steps[i] < 1) {
                throw new IOException("replay slot " + i + " spans " + steps[i] + " steps; the data is corrupt");
            }
            tree.set(i, in.readDouble());
        }
        for (int i = n; i < capacity; i++) {
            tree.clear(i);
        }
        this.size = n;
        this.next = nx;
        this.maxPriority = maxP;
    }
}
