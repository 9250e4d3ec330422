package io.deepscalper.paper.sim;

import io.deepscalper.api.config.InvalidConfigException;
import java.time.Duration;

/**
 * How fast a replay delivers bars: {@code max} (as fast as the trader takes them) or a multiple of real time
 * ({@code 1} is real time, {@code 60} a minute bar per second).
 *
 * @param speed the multiple of real time; 0 for {@code max}
 */
public record ReplayPace(double speed) {
    /** As fast as possible. */
    public static final ReplayPace MAX = new ReplayPace(0);

    /** Checks the speed. */
    public ReplayPace {
        if (!(speed >= 0 && Double.isFinite(speed))) {
            throw new InvalidConfigException("speed", "replay speed must be 'max' or a finite multiple of real time "
                    + "> 0 but was " + speed);
        }
    }

    /** @return the pace named by {@code text}: {@code max}, or a number {@code > 0} */
    public static ReplayPace parse(String text) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("max")) {
            return MAX;
        }
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidConfigException("speed", "replay speed must be 'max' or a number > 0 (1 = real time) but "
                    + "was '" + text + "'");
        }
        if (!(v > 0)) {
            throw new InvalidConfigException("speed", "replay speed must be > 0 (1 = real time) but was " + text);
        }
        return new ReplayPace(v);
    }

    /** @return how long to wait before delivering a bar of {@code interval} */
    public Duration pause(Duration interval) {
        return speed == 0 ? Duration.ZERO : Duration.ofNanos((long) (interval.toNanos() / speed));
    }
}
