package io.deepscalper.benchmarks.registry;

import io.deepscalper.api.features.FeatureMatrix;
import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterInit;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.core.env.Observations;
import io.deepscalper.core.nn.djl.DjlQNetwork;
import io.deepscalper.registry.export.OnnxModelBuilder;
import io.deepscalper.registry.onnx.OnnxInference;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-observation greedy action latency: {@code OnnxPolicy}'s ONNX Runtime path against the DJL
 * (PyTorch) {@code QNetwork.act} path, on the default network (3 x 256 trunk, lookback 120) and real
 * observations from the bundled SPY month. Sample-time mode reports p50 and p99.
 *
 * <pre>
 * ./mvnw -B -o -q -Pbench -pl deepscalper-benchmarks -am package -DskipTests
 * java -jar deepscalper-benchmarks/target/benchmarks.jar ActLatencyBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Dai.djl.offline=true"})
public class ActLatencyBenchmark {
    private static final int LOOKBACK = 120;
    private static final int POOL = 256;

    /** Intra-op threads for both engines. */
    @Param({"1", "2"})
    public int threads;

    private DjlQNetwork djl;
    private OnnxInference onnx;
    private float[][] observations;
    private int next;

    /** Builds both paths over the same seeded parameters and a pool of real observations. */
    @Setup(Level.Trial)
    public void setUp() {
        NetworkConfig c = NetworkConfig.defaults(Observations.size(FeatureMatrix.FEATURE_COUNT, LOOKBACK));
        ParameterSet p = ParameterInit.kaimingUniform(c, 1);
        djl = DjlQNetwork.of(c, p, threads);
        onnx = OnnxInference.open(OnnxModelBuilder.build(c, p, Map.of()), c, threads);
        FeatureMatrix f = FeatureMatrix.compute(BundledData.spyJanuary2011());
        SplittableRandom rnd = new SplittableRandom(7);
        observations = new float[POOL][c.inputSize()];
        for (float[] o : observations) {
            Observations.write(f, rnd.nextInt(f.rows()), LOOKBACK, (float) rnd.nextDouble(-1, 1), 1f,
                    (float) rnd.nextDouble(), o, 0);
        }
        for (float[] o : observations) {
            if (onnx.act(o) != djl.act(o)) {
                throw new IllegalStateException("ONNX and DJL disagree on an action; the export is wrong");
            }
        }
    }

    /** Releases native sessions. */
    @TearDown(Level.Trial)
    public void tearDown() {
        djl.close();
        onnx.close();
    }

    /** @return the ONNX Runtime action */
    @Benchmark
    public int onnxRuntime() {
        return onnx.act(observations[next++ & (POOL - 1)]);
    }

    /** @return the DJL (PyTorch) action */
    @Benchmark
    public int djl() {
        return djl.act(observations[next++ & (POOL - 1)]);
    }
}
