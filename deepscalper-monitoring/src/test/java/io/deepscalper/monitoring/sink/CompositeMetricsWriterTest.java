package io.deepscalper.monitoring.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.metrics.MetricsWriter;
import io.deepscalper.api.metrics.TriggerEvent;
import io.deepscalper.api.spi.MetricProvider;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.UpdateEvent;
import io.deepscalper.monitoring.provider.MetricProviderListener;
import io.deepscalper.monitoring.sink.CompositeMetricsWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ObjDoubleConsumer;
import org.junit.jupiter.api.Test;

class CompositeMetricsWriterTest {

    /** Records what it receives. */
    static final class Recording implements MetricsWriter {
        final List<String> seen = new ArrayList<>();
        boolean closed;

        @Override
        public void onUpdate(UpdateEvent event, TrainingControl control) {
            seen.add("update " + event.update());
        }

        @Override
        public void onTrigger(TriggerEvent event) {
            seen.add("trigger " + event.trigger());
        }

        @Override
        public void onMetric(long step, long timestampMillis, String name, double value) {
            seen.add(name + "@" + step + "=" + value);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** Fails on everything. */
    static final class Broken implements MetricsWriter {
        @Override
        public void onUpdate(UpdateEvent event, TrainingControl control) {
            throw new IllegalStateException("dashboard down");
        }

        @Override
        public void onTrigger(TriggerEvent event) {
            throw new IllegalStateException("dashboard down");
        }

        @Override
        public void close() {
            throw new IllegalStateException("close failed");
        }
    }

    private static UpdateEvent update(long n) {
        return new UpdateEvent(n, n, 1, 1, 0, 0.5, 10, 3e-4, 1, Map.of(), Map.of(), 0, 0);
    }

    @Test
    void aFailingWriterDoesNotStopTheOthersAndEveryWriterIsClosed() {
        Recording a = new Recording();
        Recording b = new Recording();
        CompositeMetricsWriter c = new CompositeMetricsWriter(List.of(a, new Broken(), b));
        c.onUpdate(update(1), TrainingControl.NONE);
        c.onTrigger(new TriggerEvent(0, "drift", true, "r", "retrain", Map.of()));
        assertThat(a.seen).containsExactly("update 1", "trigger drift");
        assertThat(b.seen).containsExactly("update 1", "trigger drift");
        assertThatThrownBy(c::close).hasMessage("close failed");
        assertThat(a.closed).isTrue();
        assertThat(b.closed).isTrue();
    }

    @Test
    void providerValuesReachTheWriterWithTheEventStepAndAThrowingProviderIsSkipped() {
        MetricProvider ratio = new MetricProvider() {
            @Override
            public String name() {
                return "ratio";
            }

            @Override
            public void onUpdate(UpdateEvent event, ObjDoubleConsumer<String> out) {
                out.accept("ratio.q_share", event.qLoss() / event.loss());
            }
        };
        MetricProvider broken = new MetricProvider() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public void onUpdate(UpdateEvent event, ObjDoubleConsumer<String> out) {
                throw new ArithmeticException("bug in plug-in");
            }
        };
        Recording r = new Recording();
        MetricProviderListener l = new MetricProviderListener(List.of(broken, ratio), r);
        l.onUpdate(new UpdateEvent(42, 7, 2.0, 0.5, 0, 0, 0, 0, 0, Map.of(), Map.of(), 0, 0), TrainingControl.NONE);
        l.onUpdate(new UpdateEvent(43, 8, 1.0, 0.5, 0, 0, 0, 0, 0, Map.of(), Map.of(), 0, 0), TrainingControl.NONE);
        assertThat(r.seen).containsExactly("ratio.q_share@42=0.25", "ratio.q_share@43=0.5");
    }
}
