package io.deepscalper.paper.trade;

import io.deepscalper.api.model.LoadedModel;
import io.deepscalper.api.model.ModelMetadata;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.policy.FlatPolicy;
import io.deepscalper.paper.decide.Decider;
import io.deepscalper.registry.export.OnnxModelBuilder;
import io.deepscalper.registry.onnx.OnnxInference;
import io.deepscalper.registry.onnx.OnnxPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Loads registry versions as {@link Decider}s acting through ONNX Runtime ({@link OnnxPolicy}: the graph is built
 * in memory from the version's parameters with {@link OnnxModelBuilder}, the same graph the {@code onnx} exporter
 * writes), each under the environment it was trained with. Closes every ONNX session it opened.
 */
public final class ModelDeciders implements AutoCloseable {
    private final ModelStore store;
    private final Function<ModelMetadata, EnvConfig> envOf;
    private final List<OnnxPolicy> opened = new ArrayList<>();

    /**
     * @param store the registry
     * @param envOf the environment a version was trained under (its stored {@code env} section, or the working
     *              directory's when it stores none)
     */
    public ModelDeciders(ModelStore store, Function<ModelMetadata, EnvConfig> envOf) {
        this.store = Objects.requireNonNull(store, "store");
        this.envOf = Objects.requireNonNull(envOf, "envOf");
    }

    /** @return the registry */
    public ModelStore store() {
        return store;
    }

    /** @return the version behind {@code ref} as a decider, acting through ONNX Runtime */
    public Decider load(ModelRef ref) {
        LoadedModel model = store.load(ref);
        ModelMetadata m = model.metadata();
        byte[] onnx = OnnxModelBuilder.build(m.network(), model.parameters(), Map.of("version", m.id().value()));
        OnnxPolicy policy = new OnnxPolicy(OnnxInference.open(onnx, m.network(), 1), m.id().value());
        opened.add(policy);
        return new Decider(policy, envOf.apply(m), m.id().value());
    }

    /** @return the flat policy under {@code label} (what trades while nothing is deployed) */
    public static Decider flat(EnvConfig env, String label) {
        return new Decider(new FlatPolicy(), env, label);
    }

    @Override
    public void close() {
        for (OnnxPolicy p : opened) {
            p.close();
        }
        opened.clear();
    }
}
