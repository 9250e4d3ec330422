package io.deepscalper.monitoring.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.EvaluationEvent;
import io.deepscalper.api.train.UpdateEvent;
import io.deepscalper.monitoring.store.MetricsStore;
import io.deepscalper.monitoring.store.StepSeries;
import io.deepscalper.monitoring.store.TrainingSeries;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingChartTest {
    @TempDir
    Path dir;

    @Test
    void writesAPngOfTheRequestedSizeWithAllThreePanelsFed() throws Exception {
        try (MetricsStore store = MetricsStore.inWorkingDirectory(dir)) {
            for (long step = 0; step < 20_000; step++) {
                store.logUpdate(new UpdateEvent(step, step, 1.0 / Math.sqrt(step + 1), 0.5, 0.1, 0.5, 100, 3e-4, 1,
                        Map.of(), Map.of(), 0, step));
                if (step % 390 == 389) {
                    long ep = step / 390;
                    store.logEpisode(new EpisodeEvent(step, ep, "SPY", LocalDate.of(2024, 1, 2).plusDays(ep),
                            0.001 * Math.sin(ep), 0.002 * Math.sin(ep), 390, 5, 0.5, step));
                }
                if (step % 5000 == 4999) {
                    store.logEvaluation(null, new EvaluationEvent(step, "validation", LocalDate.of(2024, 6, 3),
                            LocalDate.of(2024, 6, 28), Map.of("sharpe", step / 5000.0), Map.of(), step));
                }
            }
            StepSeries loss = store.series(TrainingSeries.LOSS, 500);
            assertThat(loss.size()).isBetween(400, 500);
            assertThat(loss.values()[0]).as("bucket mean, not a single row").isLessThan(1.0).isGreaterThan(0.1);

            Path png = dir.resolve("charts/training.png");
            Map<String, Integer> points = TrainingChart.write(store, png, 1200, 900);
            assertThat(points).containsEntry("sharpe", 4).containsEntry("return", 51).containsEntry("runs", 1);
            assertThat(points.get("loss")).isBetween(1000, 2000);
            BufferedImage img = ImageIO.read(png.toFile());
            assertThat(img).isNotNull();
            assertThat(img.getWidth()).isEqualTo(1200);
            assertThat(img.getHeight()).isEqualTo(900);
            assertThat(png.toFile().length()).isGreaterThan(10_000);
        }
    }

    @Test
    void anEmptyRunStillRendersAndSillySizesAreRejected() throws Exception {
        try (MetricsStore store = MetricsStore.inWorkingDirectory(dir)) {
            Path png = dir.resolve("empty.png");
            TrainingChart.write(store, png, 400, 300);
            assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(400);
            assertThatThrownBy(() -> TrainingChart.write(store, png, 10, 300)).hasMessageContaining("10x300");
        }
    }
}
