package io.deepscalper.continuous;

import io.deepscalper.api.model.ModelMetadata;
import io.deepscalper.api.nn.NetworkConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the network the config now gives still fits a version's parameters. A change of the
 * environment's lookback (or the feature set) changes the input size; bins change the heads; layer widths
 * change the trunk and heads. After such a change a warm start from the champion is impossible, so the
 * next retrain is a full one, and a run interrupted before the change cannot resume.
 */
final class ShapeChange {
    private ShapeChange() {
    }

    /** @return a sentence saying how {@code now} differs from the version's network, or null when it is the same */
    static String since(ModelMetadata version, NetworkConfig now) {
        if (version.network().equals(now)) {
            return null;
        }
        return "the network's shape changed since " + version.id() + " (" + describe(version.network(), now) + ")";
    }

    /** @return the differing fields, e.g. {@code inputSize 153 -> 303, priceBins 11 -> 21} */
    static String describe(NetworkConfig was, NetworkConfig now) {
        List<String> d = new ArrayList<>();
        add(d, "inputSize", was.inputSize(), now.inputSize());
        add(d, "trunkSizes", was.trunkSizes(), now.trunkSizes());
        add(d, "headHidden", was.headHidden(), now.headHidden());
        add(d, "auxHidden", was.auxHidden(), now.auxHidden());
        add(d, "priceBins", was.priceBins(), now.priceBins());
        add(d, "quantityBins", was.quantityBins(), now.quantityBins());
        return d.isEmpty() ? "same sizes, other settings" : String.join(", ", d);
    }

    private static void add(List<String> out, String name, Object was, Object now) {
        if (!was.equals(now)) {
            out.add(name + " " + was + " -> " + now);
        }
    }
}
