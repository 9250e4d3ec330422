///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.deepscalper:deepscalper-registry:0.1.0-SNAPSHOT
//DEPS com.microsoft.onnxruntime:onnxruntime:1.22.0
//DEPS org.slf4j:slf4j-simple:2.0.20

// Run: examples/jbang/jbang examples/jbang/OnnxExport.java [--quick]   (after ./mvnw -B install)
// Generated from examples/src/main/java/io/deepscalper/examples/OnnxExport.java by generate-from-java.sh

import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.model.ExportResult;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.model.NewModelVersion;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.QNetwork;
import io.deepscalper.api.nn.QOutputs;
import io.deepscalper.api.spi.ModelRegistry;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.core.backtest.PerformanceReport;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.train.Trainer;
import io.deepscalper.registry.onnx.OnnxInference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Scenario 5: train briefly, register the model in the file-system registry, make it the active version, export
 * the active version to ONNX and run the file with ONNX Runtime, checking that it agrees with the DJL network.
 */
public class OnnxExport {
    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        SessionSeries spy = BundledData.spyJanuary2011();
        int sessions = spy.sessions().size();
        TrainConfig train = TrainConfig.builder().totalSteps(quick ? 300 : 10_000).warmupSteps(quick ? 100 : 1_000)
                .epsilonDecaySteps(quick ? 200 : 8_000).batchSize(16).bufferCapacity(20_000)
                .trunkSizes(List.of(64, 64)).headHidden(64).auxHidden(32).evalIntervalSteps(0).seed(3).build();
        Path workdir = Files.createTempDirectory("deepscalper-onnx");
        ModelStore models = Providers.byName(ModelRegistry.class, "filesystem").open(workdir.resolve("models"));
        try (Trainer trainer = Trainer.builder(spy, EnvConfig.defaults(), train)
                .trainSessions(0, sessions - 2).evalSessions(sessions - 2, sessions).build()) {
            trainer.run();
            PerformanceReport agent = trainer.evaluate().get(0);
            QNetwork network = trainer.network();
            ModelVersion version = models.register(NewModelVersion.builder(network.parameters(), network.config())
                    .trigger("example").seed(train.seed()).trainingSteps(train.totalSteps())
                    .metrics(agent.toMetricMap()).build());
            models.forceActivate(ModelRef.of(version.id()), "example: no validation gate for a first model");
            ExportResult onnx = models.export(ModelRef.parse("active"), "onnx", workdir.resolve("agent.onnx"), false);
            System.out.printf("registered %s, activated it, exported to %s (%d bytes)%n", version.id().value(),
                    onnx.path().getFileName(), onnx.bytes());

            NetworkConfig config = network.config();
            int batch = 8;
            float[] observations = new float[batch * config.inputSize()];
            SplittableRandom random = new SplittableRandom(5);
            for (int i = 0; i < observations.length; i++) {
                observations[i] = (float) random.nextGaussian();
            }
            try (OnnxInference runtime = OnnxInference.open(onnx.path(), config, 1)) {
                QOutputs expected = network.forward(observations, batch);
                QOutputs actual = runtime.forward(observations, batch);
                double maxDiff = Math.max(maxAbsDiff(expected.priceQ(), actual.priceQ()),
                        maxAbsDiff(expected.quantityQ(), actual.quantityQ()));
                int agree = 0;
                for (int k = 0; k < batch; k++) {
                    float[] row = java.util.Arrays.copyOfRange(observations, k * config.inputSize(),
                            (k + 1) * config.inputSize());
                    agree += network.act(row) == runtime.act(row) ? 1 : 0;
                }
                System.out.printf("ONNX Runtime vs DJL on %d observations: max |dQ| = %.2e, same action %d/%d%n",
                        batch, maxDiff, agree, batch);
            }
        }
    }

    static double maxAbsDiff(float[] a, float[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
