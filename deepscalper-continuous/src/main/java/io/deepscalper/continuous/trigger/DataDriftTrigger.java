package io.deepscalper.continuous.trigger;

import io.deepscalper.api.data.DataUpdate;
import io.deepscalper.api.data.DriftSummary;
import io.deepscalper.api.data.FeatureDrift;
import io.deepscalper.api.spi.RetrainTrigger;
import io.deepscalper.api.spi.TriggerContext;
import io.deepscalper.api.spi.TriggerDecision;
import java.util.ArrayList;
import java.util.List;

/**
 * Fires when a data update since the last cycle carries a drift report that declares the dataset
 * drifted against the reference the champion was trained on. Batches that failed the quality gate
 * are ignored: they never reach training, so retraining on them would not help.
 */
public final class DataDriftTrigger implements RetrainTrigger {
    /** Name stored with every firing. */
    public static final String NAME = "data_drift";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TriggerDecision evaluate(TriggerContext context) {
        List<String> drifted = new ArrayList<>();
        int withReference = 0;
        for (DataUpdate u : context.dataUpdates()) {
            if (!u.accepted() || u.drift() == null) {
                continue;
            }
            withReference++;
            DriftSummary d = u.drift();
            if (d.datasetDrift()) {
                List<String> names = new ArrayList<>();
                for (FeatureDrift f : d.features()) {
                    if (f.drifted()) {
                        names.add(f.feature());
                    }
                }
                drifted.add(String.format("%s: %.0f%% of features drifted against %s (%s)", u.symbol(),
                        100 * d.driftedShare(), d.referenceId(), String.join(", ", names)));
            }
        }
        if (!drifted.isEmpty()) {
            return TriggerDecision.fire("data drift in " + String.join("; ", drifted));
        }
        return TriggerDecision.hold("no drift in " + withReference + " update(s) with a drift reference");
    }
}
