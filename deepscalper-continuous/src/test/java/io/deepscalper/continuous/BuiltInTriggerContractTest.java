package io.deepscalper.continuous;

import io.deepscalper.api.spi.RetrainTrigger;
import io.deepscalper.continuous.trigger.DataDriftTrigger;
import io.deepscalper.continuous.trigger.ManualTrigger;
import io.deepscalper.continuous.trigger.ModelHealthTrigger;
import io.deepscalper.continuous.trigger.PerformanceTrigger;
import io.deepscalper.continuous.trigger.ScheduledTrigger;
import io.deepscalper.testkit.RetrainTriggerContractKit;
import org.junit.jupiter.api.Nested;

/** Each built-in trigger passes the trigger contract. */
class BuiltInTriggerContractTest {

    @Nested
    class Scheduled extends RetrainTriggerContractKit {
        @Override
        protected RetrainTrigger trigger() {
            return new ScheduledTrigger();
        }
    }

    @Nested
    class Performance extends RetrainTriggerContractKit {
        @Override
        protected RetrainTrigger trigger() {
            return new PerformanceTrigger();
        }
    }

    @Nested
    class DataDrift extends RetrainTriggerContractKit {
        @Override
        protected RetrainTrigger trigger() {
            return new DataDriftTrigger();
        }
    }

    @Nested
    class ModelHealth extends RetrainTriggerContractKit {
        @Override
        protected RetrainTrigger trigger() {
            return new ModelHealthTrigger();
        }
    }

    @Nested
    class Manual extends RetrainTriggerContractKit {
        @Override
        protected RetrainTrigger trigger() {
            return new ManualTrigger();
        }
    }
}
