package io.deepscalper.examples;

import io.deepscalper.api.spi.RetrainTrigger;
import io.deepscalper.testkit.RetrainTriggerContractKit;

/** The example user trigger keeps the trigger contract, as a plug-in author would check theirs. */
class SharpeDropTriggerContractTest extends RetrainTriggerContractKit {
    @Override
    protected RetrainTrigger trigger() {
        return new CustomTrigger.SharpeDropTrigger();
    }
}
