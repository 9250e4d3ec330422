package io.deepscalper.paper.shadow;

import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.market.TradingSession;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A minute market with an optional planted edge: close-to-close returns follow {@code r_{t+1} = phi r_t + sigma e},
 * so with {@code phi > 0} the next bar's return is partly predictable from the current one (the {@code return}
 * feature); with {@code phi = 0} nothing is. Sessions are weekdays opening 14:30 UTC (09:30 New York in winter).
 */
final class PlantedMarket {
    private PlantedMarket() {
    }

    static SessionSeries generate(long seed, LocalDate first, int sessions, int bars, double phi, double sigma) {
        SplittableRandom r = new SplittableRandom(seed);
        BarSeries.Builder b = BarSeries.builder("SYN");
        List<TradingSession> list = new ArrayList<>();
        double price = 100;
        double ret = 0;
        LocalDate day = first;
        int index = 0;
        for (int s = 0; s < sessions; s++) {
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            long open = day.atTime(14, 30).toEpochSecond(ZoneOffset.UTC);
            for (int i = 0; i < bars; i++) {
                ret = phi * ret + sigma * r.nextGaussian();
                double o = price;
                double c = price * Math.exp(ret);
                double wiggle = sigma * 0.3 * price;
                b.add(open + 60L * i, o, Math.max(o, c) + wiggle * r.nextDouble(),
                        Math.min(o, c) - wiggle * r.nextDouble(), c, 1000 + r.nextInt(500));
                price = c;
            }
            list.add(new TradingSession(day, index, index + bars));
            index += bars;
            day = day.plusDays(1);
        }
        return new SessionSeries(b.build(), list);
    }
}
