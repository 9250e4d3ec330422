package io.deepscalper.paper.trade;

import io.deepscalper.api.model.GateCheck;
import io.deepscalper.api.model.GateResult;
import io.deepscalper.api.model.ModelMetadata;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.paper.decide.Decider;
import io.deepscalper.paper.journal.SessionRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * A model in its role: the decider, its registry id (null for the flat fallback), the mean held-out session
 * return its validation promised (NaN when unknown), and its sessions since it took the role.
 */
final class Seat {
    final Decider decider;
    final ModelVersionId id;
    final double promisedMean;
    final List<SessionRecord> sessions = new ArrayList<>();

    Seat(Decider decider, ModelVersionId id, double promisedMean) {
        this.decider = decider;
        this.id = id;
        this.promisedMean = promisedMean;
    }

    /** @return the mean session return of the "beats flat" check in {@code m}'s gate result, NaN without one */
    static double promisedMean(ModelMetadata m) {
        GateResult v = m.validation();
        if (v == null) {
            return Double.NaN;
        }
        return v.checks().stream().filter(c -> GateCheck.BEATS_FLAT.equals(c.kind())).mapToDouble(GateCheck::candidate)
                .findFirst().orElse(Double.NaN);
    }
}
