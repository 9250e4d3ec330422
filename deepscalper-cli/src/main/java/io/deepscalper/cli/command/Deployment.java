package io.deepscalper.cli.command;

import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ValidationGate;
import io.deepscalper.cli.config.Sections;
import io.deepscalper.cli.config.Workdir;
import io.deepscalper.cli.config.WorkdirConfig;
import io.deepscalper.continuous.Probation;
import java.util.Locale;
import java.util.Optional;

/**
 * What is deployed, for the commands that serve or describe the active model. "Nothing deployed" is a
 * normal state (no candidate has beaten flat yet, or the last champion was withdrawn by its probation);
 * every command says so in the same words, and consumers of the active model trade flat.
 */
final class Deployment {
    private Deployment() {
    }

    /** @return true when {@code ref} names the {@code active} alias */
    static boolean namesActive(ModelRef ref) {
        return ref.alias().filter(a -> a == Alias.ACTIVE).isPresent();
    }

    /**
     * @return empty when a version is active; otherwise the sentence that says nothing is deployed and why
     */
    static Optional<String> nothingDeployed(Workdir w, ModelStore models) {
        if (models.aliases().containsKey(Alias.ACTIVE)) {
            return Optional.empty();
        }
        Optional<Probation> p = Probation.load(w.dir());
        if (p.isPresent() && p.get().status() == Probation.Status.ROLLED_BACK && p.get().evidence() != null) {
            return Optional.of("nothing deployed: champion " + p.get().champion() + " was withdrawn after its "
                    + "probation (" + p.get().evidence().reason() + ")");
        }
        return Optional.of(noCandidateYet(w.config()));
    }

    /** @return "nothing deployed: no candidate has beaten flat on N held-out sessions at level L" */
    static String noCandidateYet(WorkdirConfig config) {
        ValidationGate gate = config.section(Sections.GATE);
        int sessions = config.section(Sections.CONTINUOUS).validationSessions();
        return "nothing deployed: no candidate has beaten flat on " + sessions + " held-out sessions at level "
                + percent(gate.level());
    }

    /** @return a level as people write it: 0.05 as "5 %", 0.025 as "2.5 %" */
    static String percent(double level) {
        double p = level * 100;
        return (p == Math.rint(p) ? String.valueOf((long) p) : String.format(Locale.ROOT, "%.3g", p)) + " %";
    }
}
