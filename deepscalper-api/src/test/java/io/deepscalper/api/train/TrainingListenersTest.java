package io.deepscalper.api.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingListenersTest {

    /** Records which listener saw which training end. */
    private static TrainingListener recorder(String name, List<String> seen) {
        return new TrainingListener() {
            @Override
            public void onTrainingEnd(long step, TrainingEnd end) {
                seen.add(name + "@" + step + ":" + end.text());
            }
        };
    }

    @Test
    void forwardsToEveryListenerInListOrder() {
        List<String> seen = new ArrayList<>();
        TrainingListener all = TrainingListeners.composite(List.of(recorder("a", seen), recorder("b", seen),
                recorder("c", seen)));
        all.onTrainingEnd(7, TrainingEnd.stopped("enough"));
        assertThat(seen).containsExactly("a@7:stopped: enough", "b@7:stopped: enough", "c@7:stopped: enough");
    }

    @Test
    void aThrowingListenerStopsTheFanOutAndTheExceptionReachesTheCaller() {
        List<String> seen = new ArrayList<>();
        TrainingListener broken = new TrainingListener() {
            @Override
            public void onTrainingEnd(long step, TrainingEnd end) {
                throw new IllegalStateException("listener bug");
            }
        };
        TrainingListener all = TrainingListeners.composite(List.of(recorder("before", seen), broken,
                recorder("after", seen)));
        assertThatThrownBy(() -> all.onTrainingEnd(1, TrainingEnd.completed()))
                .isInstanceOf(IllegalStateException.class).hasMessage("listener bug");
        assertThat(seen).containsExactly("before@1:completed");
    }

    @Test
    void noListenersAndOneListenerNeedNoWrapper() {
        TrainingListener only = recorder("x", new ArrayList<>());
        assertThat(TrainingListeners.composite(List.of(only))).isSameAs(only);
        assertThat(TrainingListeners.composite(List.of())).isSameAs(TrainingListeners.none());
    }

    @Test
    void endsKeepTheTextStoredBeforeTheyWereTyped() {
        assertThat(TrainingEnd.completed().text()).isEqualTo("completed");
        assertThat(TrainingEnd.completed().isCompleted()).isTrue();
        assertThat(TrainingEnd.stopped("graceful stop requested").text()).isEqualTo("stopped: graceful stop requested");
        assertThat(TrainingEnd.rolledBack("health critical").text()).isEqualTo("rolled back: health critical");
        assertThat(TrainingEnd.rolledBack("x").isCompleted()).isFalse();
        assertThat(new TrainingEnd(TrainingEnd.Kind.STOPPED, null).detail()).isEmpty();
    }
}
