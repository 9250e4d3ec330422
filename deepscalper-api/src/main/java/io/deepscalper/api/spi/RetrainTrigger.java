package io.deepscalper.api.spi;

import java.util.Objects;
import java.util.function.Function;

/**
 * Decides whether the continuous trainer should retrain now. Built-in triggers (scheduled,
 * performance, data drift, model health, manual) and any user trigger registered in
 * {@code META-INF/services/io.deepscalper.api.spi.RetrainTrigger} are evaluated once per cycle; every
 * firing is stored with its reason.
 *
 * <p>Implementations must be stateless or keep their state in what the {@link TriggerContext} gives
 * them, because one instance is shared by every trainer in the JVM. Read thresholds from
 * {@link TriggerContext#config()} so that {@code config --set} takes effect.
 */
public interface RetrainTrigger extends Provider {

    /**
     * @param context everything the orchestrator knows at this cycle
     * @return whether to retrain, with the reason
     */
    TriggerDecision evaluate(TriggerContext context);

    /**
     * Wraps a lambda as a trigger, for {@code ContinuousTrainer#addCustomTrigger}.
     *
     * @param name     stable name stored with each firing
     * @param evaluate the decision function
     * @return the trigger
     */
    static RetrainTrigger of(String name, Function<TriggerContext, TriggerDecision> evaluate) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(evaluate, "evaluate");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a custom trigger needs a non-blank name");
        }
        return new RetrainTrigger() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TriggerDecision evaluate(TriggerContext context) {
                return evaluate.apply(context);
            }

            @Override
            public String toString() {
                return "RetrainTrigger[" + name + "]";
            }
        };
    }
}
