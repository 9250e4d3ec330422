package io.deepscalper.core.train;

import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.market.TradingSession;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic minute market with a planted, learnable signal: close-to-close returns follow an
 * AR(1) process {@code r_{t+1} = phi r_t + sigma e_t}, so the next bar's return is partly
 * predictable from the current bar's return, which the agent sees as the {@code return} feature.
 * Each bar opens at the previous close (no gap), so a marketable limit fills at the decision close.
 */
final class SyntheticMarket {
    private SyntheticMarket() {
    }

    static SessionSeries generate(long seed, int sessions, int barsPerSession, double phi, double sigma) {
        SplittableRandom r = new SplittableRandom(seed);
        BarSeries.Builder b = BarSeries.builder("SYN");
        List<TradingSession> list = new ArrayList<>();
        double price = 100;
        double ret = 0;
        LocalDate day = LocalDate.of(2024, 1, 2);
        int index = 0;
        for (int s = 0; s < sessions; s++) {
            long open = day.atTime(14, 30).toEpochSecond(ZoneOffset.UTC);
            for (int i = 0; i < barsPerSession; i++) {
                ret = phi * ret + sigma * r.nextGaussian();
                double o = price;
                double c = price * Math.exp(ret);
                double wiggle = sigma * 0.3 * price;
                double h = Math.max(o, c) + wiggle * r.nextDouble();
                double l = Math.min(o, c) - wiggle * r.nextDouble();
                b.add(open + 60L * i, o, h, l, c, 1000 + r.nextInt(500));
                price = c;
            }
            list.add(new TradingSession(day, index, index + barsPerSession));
            index += barsPerSession;
            day = day.plusDays(1);
        }
        return new SessionSeries(b.build(), list);
    }
}
