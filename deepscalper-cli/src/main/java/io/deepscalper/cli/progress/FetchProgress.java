package io.deepscalper.cli.progress;

import io.deepscalper.api.data.DataFailure;
import io.deepscalper.api.data.DataUpdate;
import io.deepscalper.api.data.DataUpdateListener;
import io.deepscalper.data.pipeline.DataPipeline;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A data update with a terminal progress bar: one step per symbol updated (or failed). */
final class FetchProgress implements Runnable {
    private final DataPipeline pipeline;

    FetchProgress(DataPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public void run() {
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("fetching").setInitialMax(pipeline.symbols().size())
                .setStyle(ProgressBarStyle.ASCII).setUnit(" symbols", 1).build()) {
            DataUpdateListener step = new DataUpdateListener() {
                @Override
                public void onUpdate(DataUpdate update) {
                    bar.step();
                    bar.setExtraMessage(" " + update.symbol() + " +" + update.newBars() + " bars");
                }

                @Override
                public void onFailure(DataFailure failure) {
                    bar.step();
                    bar.setExtraMessage(" " + failure.symbol() + " failed");
                }
            };
            pipeline.addListener(step);
            try {
                pipeline.updateNow();
            } finally {
                pipeline.removeListener(step);
            }
        }
    }
}
