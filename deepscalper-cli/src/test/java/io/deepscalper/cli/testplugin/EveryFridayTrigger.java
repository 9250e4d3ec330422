package io.deepscalper.cli.testplugin;

import io.deepscalper.api.spi.RetrainTrigger;
import io.deepscalper.api.spi.TriggerContext;
import io.deepscalper.api.spi.TriggerDecision;
import java.time.DayOfWeek;
import java.time.ZoneId;

/**
 * A user's trigger, registered only through this test module's
 * {@code META-INF/services/io.deepscalper.api.spi.RetrainTrigger}: retrain after every Friday's close.
 */
public final class EveryFridayTrigger implements RetrainTrigger {
    /** Its provider name. */
    public static final String NAME = "every_friday";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TriggerDecision evaluate(TriggerContext context) {
        DayOfWeek day = context.now().atZone(ZoneId.of("America/New_York")).getDayOfWeek();
        return day == DayOfWeek.FRIDAY ? TriggerDecision.fire("it is Friday after the close")
                : TriggerDecision.hold("it is " + day);
    }
}
