package io.deepscalper.continuous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 19.1: a run killed after {@code register} but before it finished was registered a second time on
 * resume (4 times in 136 kills). The "kill" is an {@link Error} thrown by the registry at the named moment,
 * which nothing catches, as nothing runs after a kill -9.
 */
class ResumeAfterRegistrationTest extends WithTrainerHarness {

    /** Stands for the process dying: nothing catches an Error. */
    static final class Killed extends Error {
        private static final long serialVersionUID = 1L;

        Killed(String where) {
            super("simulated kill " + where);
        }
    }

    /** @return the harness's registry, dying once right after {@code method} ran */
    private ModelStore dyingAfter(String method) {
        ModelStore real = h.models;
        boolean[] died = {false};
        return (ModelStore) Proxy.newProxyInstance(ModelStore.class.getClassLoader(), new Class<?>[] {ModelStore.class},
                (proxy, m, args) -> {
                    Object result;
                    try {
                        result = m.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (!died[0] && m.getName().equals(method)) {
                        died[0] = true;
                        throw new Killed("after " + method);
                    }
                    return result;
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"register", "activate", "retain"})
    void aRunKilledAfterRegisteringIsFinishedWithoutRegisteringAgain(String killedAfter) {
        ContinuousTrainer first = h.build(dyingAfter(killedAfter));
        assertThat(first.start()).isEmpty();
        assertThatThrownBy(first::runCycle).isInstanceOf(Killed.class);
        first.close();
        assertThat(h.models.list()).as("the first run registered before it died").hasSize(1);
        ModelVersion registered = h.models.list().get(0);
        assertThat(PendingRun.load(dir.resolve("checkpoints"))).as("the run is unfinished").isPresent();

        ContinuousTrainer second = h.build();
        RetrainReport resumed = second.start().orElseThrow();
        assertThat(resumed.outcome()).isEqualTo(RetrainReport.Outcome.REGISTERED);
        assertThat(resumed.version()).isEqualTo(registered.id());
        assertThat(resumed.promoted()).isTrue();
        assertThat(h.models.list()).as("no duplicate registration").extracting(ModelVersion::id)
                .containsExactly(registered.id());
        assertThat(h.models.aliases()).containsEntry(Alias.CHAMPION, registered.id())
                .containsEntry(Alias.ACTIVE, registered.id());
        assertThat(h.models.metadata(ModelRef.of(registered.id())).runId()).startsWith("run_");
        assertThat(h.trainer.jobs()).as("the resumed run is not trained again").hasSize(1);
        assertThat(PendingRun.load(dir.resolve("checkpoints"))).isEmpty();
        assertThat(Probation.load(dir)).hasValueSatisfying(p -> assertThat(p.champion())
                .isEqualTo(registered.id().value()));
        assertThat(second.state().completedRetrains()).isEqualTo(1);
        // the loop carries on normally: the next retrain registers a second, different version
        RetrainReport next = h.retrainOnRequest(second, false).retrain().orElseThrow();
        assertThat(next.version()).isNotEqualTo(registered.id());
        assertThat(h.models.list()).hasSize(2);
    }

    @org.junit.jupiter.api.Test
    void aRunKilledAfterSavingTheStateButBeforeRemovingItsRunFileIsCountedOnce() throws Exception {
        // the registry's last call of a run is retain; state.json is saved after it, run.json removed last.
        // Keeping a copy of run.json at retain and putting it back after the run is the disk after such a kill.
        java.nio.file.Path runFile = dir.resolve("checkpoints").resolve(PendingRun.FILE);
        java.nio.file.Path kept = dir.resolve("run.json.kept");
        ModelStore real = h.models;
        ModelStore copying = (ModelStore) Proxy.newProxyInstance(ModelStore.class.getClassLoader(),
                new Class<?>[] {ModelStore.class}, (proxy, m, args) -> {
                    if (m.getName().equals("retain") && java.nio.file.Files.exists(runFile)) {
                        java.nio.file.Files.copy(runFile, kept);
                    }
                    try {
                        return m.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        ContinuousTrainer first = h.build(copying);
        first.start();
        first.runCycle();
        assertThat(first.state().completedRetrains()).isEqualTo(1);
        first.close();
        assertThat(OrchestratorState.load(dir).completedRetrains()).as("state.json was saved").isEqualTo(1);
        java.nio.file.Files.move(kept, runFile);

        ContinuousTrainer second = h.build();
        RetrainReport resumed = second.start().orElseThrow();
        assertThat(resumed.outcome()).isEqualTo(RetrainReport.Outcome.REGISTERED);
        assertThat(h.models.list()).hasSize(1);
        assertThat(second.state().completedRetrains()).as("the finished run is not counted again").isEqualTo(1);
        assertThat(PendingRun.load(dir.resolve("checkpoints"))).isEmpty();
    }
}
