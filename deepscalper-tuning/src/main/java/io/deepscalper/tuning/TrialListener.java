package io.deepscalper.tuning;

/** Receives each trial as soon as its batch finished, e.g. to store it ({@link MetricsTrialStore}) or print it. */
@FunctionalInterface
public interface TrialListener {

    /**
     * @param searchId the search's id
     * @param sampler  the sampler's name
     * @param result   the trial
     */
    void onTrial(String searchId, String sampler, TrialResult result);

    /** @return a listener that does nothing */
    static TrialListener none() {
        return (id, sampler, r) -> { };
    }

    /** @return a listener that tells this one, then {@code next} */
    default TrialListener andThen(TrialListener next) {
        return (id, sampler, r) -> {
            onTrial(id, sampler, r);
            next.onTrial(id, sampler, r);
        };
    }
}
