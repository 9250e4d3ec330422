package io.deepscalper.benchmarks.env;

import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.env.TradingEnvironment;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Environment steps per second with uniformly random actions on the bundled SPY January 2011 month
 * (20 sessions of 390 bars), on one thread. Each operation is one {@link TradingEnvironment#step}: limit
 * price, fill on the next bar, fees, mark to market, hindsight reward and the write of the
 * {@code 15 x lookback + 3} observation; the reset at each session's end is included in the count.
 *
 * <pre>
 * ./mvnw -B -o -q -Pbench -pl deepscalper-benchmarks -am package -DskipTests
 * java -jar deepscalper-benchmarks/target/benchmarks.jar EnvironmentStepBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class EnvironmentStepBenchmark {
    private static final int ACTIONS = 1 << 16;

    /** Observation window; 120 is the default, the agent's input is {@code 15 * lookback + 3} floats. */
    @Param({"120"})
    public int lookback;

    private TradingEnvironment env;
    private int[] actions;
    private int next;
    private int session;
    private int sessions;

    /** Builds the environment (features computed once) and a fixed stream of random actions. */
    @Setup
    public void setUp() {
        SessionSeries spy = BundledData.spyJanuary2011();
        env = new TradingEnvironment(spy, EnvConfig.builder().lookback(lookback).build());
        sessions = spy.sessions().size();
        SplittableRandom rnd = new SplittableRandom(42);
        actions = new int[ACTIONS];
        for (int i = 0; i < ACTIONS; i++) {
            actions[i] = rnd.nextInt(env.config().actionCount());
        }
        env.reset(0);
    }

    /** @return the reward plus one observation value, so the JIT cannot drop the step */
    @Benchmark
    public double step() {
        if (env.done()) {
            session = session + 1 == sessions ? 0 : session + 1;
            env.reset(session);
        }
        env.step(actions[next++ & (ACTIONS - 1)]);
        return env.reward() + env.observation()[next & 1023];
    }
}
