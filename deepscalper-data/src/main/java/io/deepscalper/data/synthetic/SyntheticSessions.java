package io.deepscalper.data.synthetic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/** Which days the synthetic market opens and for how many minutes. */
final class SyntheticSessions {
    static final LocalTime OPEN = LocalTime.of(9, 30);

    private SyntheticSessions() {
    }

    /** @return regular-hours minutes of {@code day}: 390, or 0 when closed */
    static int minutes(LocalDate day) {
        DayOfWeek w = day.getDayOfWeek();
        return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY ? 0 : 390;
    }
}
