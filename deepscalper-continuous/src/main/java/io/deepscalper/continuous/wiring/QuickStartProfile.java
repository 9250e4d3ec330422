package io.deepscalper.continuous.wiring;

import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.api.model.ValidationGate;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.data.pipeline.DataPipelineConfig;
import io.deepscalper.monitoring.health.HealthConfig;
import java.util.List;

/**
 * The quick-start profile: small settings under which a retrain takes about a minute on two cores, used by the
 * CLI's default {@code config.json} and by the examples. The library's {@code defaults()} keep the original
 * system's scale.
 */
public final class QuickStartProfile {
    /**
     * The planted signal of the quick-start synthetic market ({@code data.sourceOptions.signal}): the AR(1)
     * coefficient of each minute's return on the previous one, a modest momentum that the quick-start agent can
     * learn in a minute. {@code config --set 'data.sourceOptions={"signal":"0"}'} removes it; the gate then has nothing
     * to deploy.
     */
    public static final double SYNTHETIC_SIGNAL = 0.5;

    private QuickStartProfile() {
    }

    /** @return every section of the profile, with an empty configuration tree */
    public static AgentSetup setup() {
        return AgentSetup.of(continuous(), env(), training(), health(), gate());
    }

    /**
     * @return the quick-start training profile: trunk 2 x 32, heads 32, aux 16, 8,000 steps (about 6 s on one
     *         core), warm-up 300, batch 32, replay 50,000, epsilon decay over 2,500 steps, learning rate 3e-4
     *         (1e-3 made the selected snapshots erratic from seed to seed: measured in docs/learning.md),
     *         gamma 0.9 and a 2-bar hindsight bonus of weight 0.1 (the quick-start market's edge lives one or two
     *         minutes; the library's 30-bar bonus at weight 0.5 drowned it: measured in docs/learning.md),
     *         validation-based snapshot selection on the last 5 training sessions of each symbol every 500
     *         steps, checkpoints every 500 steps, one engine thread (the matrices are too small to gain from
     *         two), and uniform replay ({@code priorityAlpha 0}: on minute bars most of a large TD error is the
     *         bar's unpredictable move, so prioritising by it replays noise; measured in docs/learning.md),
     *         one-step targets ({@code nStep 1}: 2 and 3 steps did not do better, docs/learning.md)
     */
    public static TrainConfig training() {
        return TrainConfig.builder().totalSteps(8_000).warmupSteps(300).batchSize(32).bufferCapacity(50_000)
                .priorityAlpha(0).nStep(1)
                .epsilonDecaySteps(2_500).learningRate(3e-4).gamma(0.9).hindsightHorizon(2).hindsightWeight(0.1)
                .trunkSizes(List.of(32, 32)).headHidden(32).auxHidden(16).evalIntervalSteps(500)
                .selectionSessions(5).checkpointIntervalSteps(500).threads(1).build();
    }

    /**
     * @return the quick-start loop: the library defaults with 1,000 incremental steps and 10 held-out sessions
     *         (the gate's minimum: fewer cannot show that a candidate beats flat)
     */
    public static ContinuousTrainingConfig continuous() {
        return ContinuousTrainingConfig.builder().incrementalSteps(1_000)
                .validationSessions(ValidationGate.DEFAULT_MIN_SESSIONS).build();
    }

    /**
     * @return the quick-start data: synthetic {@code SYN} with the planted signal {@link #SYNTHETIC_SIGNAL},
     *         hourly updates in wall-clock mode, 60 calendar days of history (about 41 sessions: 10 held out for
     *         the gate, the last 5 of the rest for the trainer's snapshot selection, the others to train on)
     */
    public static DataPipelineConfig data() {
        return DataPipelineConfig.builder().symbols(List.of("SYN")).updateIntervalMinutes(60).lookbackDays(60)
                .source("synthetic").sourceOptions(ProviderOptions.empty().with("signal",
                        String.valueOf(SYNTHETIC_SIGNAL))).build();
    }

    /** @return the quick-start health thresholds: the defaults with an explosion threshold of 1,000 */
    public static HealthConfig health() {
        return HealthConfig.builder().explosionThreshold(1_000).build();
    }

    /**
     * @return the quick-start gate, the library's {@link ValidationGate#defaults()}: beat flat at level 5 % on
     *         at least 10 held-out sessions, better in mean than the champion, maximum drawdown at most 20 %
     */
    public static ValidationGate gate() {
        return ValidationGate.defaults();
    }

    /**
     * @return the quick-start environment: the defaults (fees, slippage) with a 4-bar
     *         lookback (63 inputs, which a 2 x 32 network learns from in 8,000 steps; 10 bars learned less in the
     *         same steps, see docs/learning.md), a reward scale of 100 (rewards per step near 0.01 rather than
     *         1e-4, the range in which the Huber loss and the initial network's outputs work) and 3 quantity bins
     *         (sell the cap, no order, buy the cap; long only, that is "be flat" or "be fully long"): the reward
     *         is risk-neutral and fees are linear in the order's size above the minimum, so an order's value is
     *         close to linear in its size and the best order is the whole cap or none; the 8 intermediate bins
     *         of the default 11 only let estimation noise pick a fraction of the cap (measured in
     *         docs/learning.md), and the cost-aware action rule off ({@code costHurdle 0}): the reward already
     *         books every fee and slippage, so the learned Q-values are net of costs, and subtracting the cost once
     *         more at decision time kept the agent out of trades that paid (a quarter less of the oracle on the
     *         planted market, docs/learning.md "Round four"); the guard against trading noise is here the
     *         validation-session snapshot selection and the gate, which keep no-signal markets flat. The library's
     *         {@link EnvConfig#defaults()} keep {@code costHurdle 1}, for training without that selection.
     */
    public static EnvConfig env() {
        return EnvConfig.defaults().toBuilder().lookback(4).rewardScale(100).quantityBins(3).costHurdle(0).build();
    }

}
