package io.deepscalper.data.synthetic;

import java.util.SplittableRandom;

/**
 * Generates one symbol's 1-minute bars for one session; see {@link SyntheticDataSource} for the model.
 * Every random stream is derived from (seed, symbol, day, purpose), so any day can be generated alone
 * and gives the same bars whatever range was asked for.
 */
final class SessionPathGenerator {
    private static final long MARKET = 0x4D41524B4554L;
    private static final int STREAM_BARS = 1;
    private static final int STREAM_WICKS = 2;
    private static final int STREAM_VOLUME = 3;
    private static final int STREAM_ANCHOR = 4;
    private static final int STREAM_GAP = 5;

    private final SyntheticModel model;

    SessionPathGenerator(SyntheticModel model) {
        this.model = model;
    }

    /** @return the log return from the open of session {@code day} to the open of the next one */
    double anchorReturn(long symbolKey, long day) {
        double zm = random(MARKET, day, STREAM_ANCHOR).nextGaussian();
        double zi = random(symbolKey, day, STREAM_ANCHOR).nextGaussian();
        return model.dailyVolatility() * mix(zm, zi);
    }

    /**
     * Fills {@code n} bars of one session into the output columns starting at {@code offset}.
     *
     * @param openPrice   the session's opening price (the anchor)
     * @param nextAnchor  the next session's opening price; the close lands near it, minus an overnight gap
     */
    void fillSession(long symbolKey, long day, int n, double openPrice, double nextAnchor, double[] o, double[] h,
                     double[] l, double[] c, double[] v, int offset) {
        SplittableRandom market = random(MARKET, day, STREAM_BARS);
        SplittableRandom own = random(symbolKey, day, STREAM_BARS);
        SplittableRandom wicks = random(symbolKey, day, STREAM_WICKS);
        SplittableRandom vol = random(symbolKey, day, STREAM_VOLUME);
        double gap = 0.3 * model.dailyVolatility() * random(symbolKey, day, STREAM_GAP).nextGaussian();

        double[] shape = new double[n];
        double sumSq = 0;
        for (int j = 0; j < n; j++) {
            double x = n == 1 ? 0 : (2.0 * j / (n - 1)) - 1;
            shape[j] = 1 + model.uShape() * x * x;
            sumSq += shape[j] * shape[j];
        }
        // scale so that a full session's variance is dailyVolatility^2 (a half day gets its share)
        double unit = model.dailyVolatility() * Math.sqrt(n / 390.0) / Math.sqrt(sumSq);
        double[] r = new double[n];
        double s = model.signal();
        double innovationScale = Math.sqrt(1 - s * s);
        double previous = 0;
        double sum = 0;
        for (int j = 0; j < n; j++) {
            double sigma = unit * shape[j];
            double eps = mix(market.nextGaussian(), own.nextGaussian());
            double jump = 0;
            if (market.nextDouble() < model.jumpProbability()) {
                jump += model.jumpSize() * market.nextGaussian();
            }
            if (own.nextDouble() < model.jumpProbability()) {
                jump += model.jumpSize() * own.nextGaussian();
            }
            double noise = sigma * eps * innovationScale;
            r[j] = s * previous + noise + jump;
            previous = r[j] - jump;
            sum += r[j];
        }
        // Brownian-bridge correction: a constant per-bar drift lands the close on the next anchor less the
        // overnight gap, so that consecutive sessions join with a realistic gap instead of a random one
        double target = Math.log(nextAnchor / openPrice) - gap;
        double drift = (target - sum) / n;
        double tick = model.tick();
        double price = openPrice;
        for (int j = 0; j < n; j++) {
            double open = round(price, tick);
            price = price * Math.exp(r[j] + drift);
            double close = round(price, tick);
            double sigma = unit * shape[j];
            double hi = Math.max(open, close) * Math.exp(Math.abs(wicks.nextGaussian()) * sigma * 0.5);
            double lo = Math.min(open, close) * Math.exp(-Math.abs(wicks.nextGaussian()) * sigma * 0.5);
            int k = offset + j;
            o[k] = open;
            c[k] = close;
            h[k] = Math.max(round(hi, tick), Math.max(open, close));
            l[k] = Math.max(tick, Math.min(round(lo, tick), Math.min(open, close)));
            // volume follows the U shape and the size of the bar's move, with log-normal noise
            double activity = 0.5 + 0.5 * Math.abs(r[j] + drift) / Math.max(sigma, 1e-12);
            double lognormal = Math.exp(0.4 * vol.nextGaussian() - 0.08);
            v[k] = Math.max(1, Math.rint(model.baseVolume() * shape[j] * lognormal * activity));
        }
    }

    private double mix(double market, double own) {
        double rho = model.correlation();
        return Math.sqrt(rho) * market + Math.sqrt(1 - rho) * own;
    }

    private static double round(double price, double tick) {
        return Math.max(tick, Math.rint(price / tick) * tick);
    }

    SplittableRandom random(long key, long day, int stream) {
        long h = model.seed() * 0x9E3779B97F4A7C15L;
        h = mix64(h ^ key);
        h = mix64(h ^ (day * 0xBF58476D1CE4E5B9L));
        h = mix64(h ^ stream);
        return new SplittableRandom(h);
    }

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
