package io.deepscalper.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.spi.Providers;
import io.deepscalper.api.spi.RetrainTrigger;
import io.deepscalper.api.spi.TriggerContext;
import io.deepscalper.api.spi.TriggerDecision;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Contract tests every {@link RetrainTrigger} must pass. Extend it in the trigger's tests:
 * <pre>{@code
 * class MyTriggerContractTest extends RetrainTriggerContractKit {
 *     protected RetrainTrigger trigger() { return new MyTrigger(); }
 *     protected List<TriggerContext> contexts() { return List.of(TriggerContexts.busy(), myFiringContext()); }
 * }
 * }</pre>
 * What the kit checks: a stable lower-case name found by ServiceLoader; in every sample situation
 * ({@link TriggerContexts}: a fresh working directory, a quiet day, everything at once) {@code evaluate}
 * does not throw and returns a decision with a non-blank reason; and because one instance is shared by
 * every trainer, a trigger keeps no state of its own: the same context gives the same decision, from
 * the same instance asked again, from a second instance and from the ServiceLoader one.
 */
public abstract class RetrainTriggerContractKit {

    /** @return a trigger instance (the kit calls this more than once) */
    protected abstract RetrainTrigger trigger();

    /** @return true when the trigger is registered for ServiceLoader (false for test-only triggers) */
    protected boolean registeredForServiceLoader() {
        return true;
    }

    /** @return the situations to evaluate in; add ones in which your trigger fires */
    protected List<TriggerContext> contexts() {
        return TriggerContexts.all();
    }

    @Test
    void nameIsStableLowerCaseAndFoundByServiceLoader() {
        ProviderChecks.check(RetrainTrigger.class, this::trigger, registeredForServiceLoader());
    }

    @Test
    void initialContextGivesADecisionWithAReason() {
        assertDecision(trigger().evaluate(TriggerContexts.initial()), "a fresh working directory");
    }

    @Test
    void everyContextGivesADecisionWithAReason() {
        RetrainTrigger t = trigger();
        List<TriggerContext> contexts = contexts();
        for (int i = 0; i < contexts.size(); i++) {
            assertDecision(t.evaluate(contexts.get(i)), "context " + i);
        }
    }

    @Test
    void sameContextGivesTheSameDecisionFromAnyInstance() {
        RetrainTrigger t = trigger();
        RetrainTrigger other = trigger();
        for (TriggerContext c : contexts()) {
            TriggerDecision first = t.evaluate(c);
            for (TriggerContext d : contexts()) {
                t.evaluate(d);
            }
            assertThat(t.evaluate(c)).as("the same instance, after other contexts").isEqualTo(first);
            assertThat(other.evaluate(c)).as("a second instance").isEqualTo(first);
            if (registeredForServiceLoader()) {
                assertThat(Providers.byName(RetrainTrigger.class, t.name()).evaluate(c))
                        .as("the shared ServiceLoader instance").isEqualTo(first);
            }
        }
    }

    private static void assertDecision(TriggerDecision d, String where) {
        assertThat(d).as("decision in %s", where).isNotNull();
        assertThat(d.reason()).as("reason in %s", where).isNotBlank();
    }
}
