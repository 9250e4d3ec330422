package io.deepscalper.spark;

import io.deepscalper.api.io.Json;
import io.deepscalper.api.nn.ParameterCodec;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.tuning.TrialContext;
import io.deepscalper.tuning.TrialResult;
import io.deepscalper.tuning.TrialRunner;
import io.deepscalper.tuning.TrialSpec;
import io.deepscalper.tuning.schedule.SuccessiveHalving;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.spark.api.java.function.Function;

/**
 * The Spark task of one trial: rebuilds the shared context from its serialised form, runs the spec with a
 * {@link TrialRunner}, and returns the result as JSON with the kept parameters attached (base64 of the
 * parameter codec's bytes), so that the driver can register the best trial without training it again.
 */
final class TrialTask implements Function<String, String>, Serializable {
    private static final long serialVersionUID = 1L;
    private final String envJson;
    private final String trainJson;
    private final List<SeriesPayload> search;
    private final int validationSessions;
    private final int threads;
    private final long minSteps;
    private final int eta;

    TrialTask(TrialContext ctx, SuccessiveHalving schedule) {
        try {
            envJson = Json.mapper().writeValueAsString(ctx.env());
            trainJson = Json.mapper().writeValueAsString(ctx.train());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise the trial settings", e);
        }
        search = SeriesPayload.of(ctx.search());
        validationSessions = ctx.validationSessions();
        threads = ctx.threads();
        minSteps = schedule.minSteps();
        eta = schedule.eta();
    }

    @Override
    public String call(String specJson) throws Exception {
        EnvConfig env = Json.mapper().readValue(envJson, EnvConfig.class);
        TrainConfig train = Json.mapper().readValue(trainJson, TrainConfig.class);
        TrialSpec spec = Json.mapper().readValue(specJson, TrialSpec.class);
        // the executor's own temporary folder: the driver's paths need not exist on a cluster node
        Path scratch = Files.createTempDirectory("deepscalper-trial-");
        try {
            TrialContext ctx = new TrialContext(env, train, SeriesPayload.toSeries(search), validationSessions,
                    threads, scratch);
            TrialResult r = new TrialRunner(new SuccessiveHalving(minSteps, eta)).run(ctx, spec);
            return encode(r);
        } finally {
            Files.deleteIfExists(scratch);
        }
    }

    /** @return the result as JSON, with the parameters in {@code parametersBase64} when there are any */
    static String encode(TrialResult r) throws IOException {
        var node = Json.mapper().valueToTree(r);
        if (r.parameters() != null) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("parametersBase64",
                    Base64.getEncoder().encodeToString(ParameterCodec.encode(r.network(), r.parameters())));
        }
        return Json.mapper().writeValueAsString(node);
    }

    /** @return the result {@link #encode} wrote */
    static TrialResult decode(String json) throws IOException {
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().readTree(json);
        var params = node.remove("parametersBase64");
        TrialResult r = Json.mapper().treeToValue(node, TrialResult.class);
        if (params == null) {
            return r;
        }
        return r.withParameters(ParameterCodec.decode(Base64.getDecoder().decode(params.asText())).parameters());
    }
}
