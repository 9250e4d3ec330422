package io.deepscalper.cli.testplugin;

import io.deepscalper.api.spi.MetricProvider;
import io.deepscalper.api.train.UpdateEvent;
import java.util.function.ObjDoubleConsumer;

/**
 * A metric-provider plug-in for the CLI's tests, registered in the test {@code META-INF/services}: the share of
 * the total loss that is TD loss. It runs only when {@code metrics.providers} names it.
 */
public final class TdShareMetric implements MetricProvider {

    @Override
    public String name() {
        return "td_share";
    }

    @Override
    public void onUpdate(UpdateEvent event, ObjDoubleConsumer<String> out) {
        if (event.loss() != 0) {
            out.accept("td_share.q_loss_share", event.qLoss() / event.loss());
        }
    }
}
