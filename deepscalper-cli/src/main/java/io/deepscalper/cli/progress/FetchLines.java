package io.deepscalper.cli.progress;

import io.deepscalper.api.data.DataFailure;
import io.deepscalper.api.data.DataUpdate;
import io.deepscalper.api.data.DataUpdateListener;
import io.deepscalper.data.pipeline.DataPipeline;
import java.io.PrintWriter;

/** A data update reported as plain lines: one per symbol that got new bars or failed; quiet when nothing changed. */
final class FetchLines implements Runnable {
    private final DataPipeline pipeline;
    private final PrintWriter out;

    FetchLines(DataPipeline pipeline, PrintWriter out) {
        this.pipeline = pipeline;
        this.out = out;
    }

    @Override
    public void run() {
        DataUpdateListener lines = new DataUpdateListener() {
            @Override
            public void onUpdate(DataUpdate update) {
                if (update.newBars() > 0) {
                    out.println("fetched " + update.symbol() + ": +" + update.newBars() + " bars"
                            + (update.accepted() ? "" : " (rejected by the quality check)"));
                    out.flush();
                }
            }

            @Override
            public void onFailure(DataFailure failure) {
                out.println("fetching " + failure.symbol() + " failed: " + failure.reason());
                out.flush();
            }
        };
        pipeline.addListener(lines);
        try {
            pipeline.updateNow();
        } finally {
            pipeline.removeListener(lines);
        }
    }
}
