package io.deepscalper.paper.trade;

import io.deepscalper.api.model.ActivationRefusedException;
import io.deepscalper.api.model.ModelNotFoundException;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.paper.decide.Decider;
import io.deepscalper.paper.decide.MarketView;

/**
 * The registry's side of a live promotion or rollback: which alias moves, and which seat trades next. Kept apart
 * from {@link PaperTrader}, whose job is the bar loop, so the loop only journals the decision and swaps seats.
 * Without {@link ModelDeciders} (a trader assembled without a registry) nothing in a registry changes.
 */
final class RegistryMoves {
    private RegistryMoves() {
    }

    /**
     * Makes a promoted challenger the active version.
     *
     * @param deciders the registry's deciders, or null when the trader has no registry
     * @param id       the challenger's registry id, or null when it has none
     * @param reason   why, recorded in the registry's history
     */
    static void activate(ModelDeciders deciders, ModelVersionId id, String reason) {
        ModelStore store = deciders == null ? null : deciders.store();
        if (store == null || id == null) {
            return;
        }
        try {
            store.activate(ModelRef.of(id));
        } catch (ActivationRefusedException e) {
            // a challenger the user named may not have passed the gate on history; the live evidence is the reason
            store.forceActivate(ModelRef.of(id), reason);
        }
    }

    /**
     * Rolls the registry back from a degraded live champion.
     *
     * @param deciders the registry's deciders, or null when the trader has no registry
     * @param champion the degraded champion
     * @param reason   why, recorded in the registry's history
     * @param view     the live features, widened to the previous champion's window when one comes back
     * @return the previous champion's seat, or a flat seat when there is none (or no registry)
     */
    static Seat rollBack(ModelDeciders deciders, Seat champion, String reason, MarketView view) {
        if (deciders == null) {
            return flatSeat(champion, "flat (rolled back from " + champion.decider.version() + ")");
        }
        ModelStore store = deciders.store();
        try {
            ModelVersion back = store.rollback(reason);
            Decider d = deciders.load(ModelRef.of(back.id()));
            view.fit(d.config());
            return new Seat(d, back.id(), Seat.promisedMean(store.metadata(ModelRef.of(back.id()))));
        } catch (ModelNotFoundException e) {
            store.deactivate(reason);
            return flatSeat(champion, "flat (rolled back from " + champion.decider.version()
                    + ", no earlier champion)");
        }
    }

    private static Seat flatSeat(Seat champion, String label) {
        return new Seat(ModelDeciders.flat(champion.decider.config(), label), null, Double.NaN);
    }
}
