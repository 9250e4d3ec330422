package io.deepscalper.data.synthetic;

import io.deepscalper.api.market.NyseCalendar;
import io.deepscalper.api.market.SessionHours;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/** Which days the synthetic market opens and for how many minutes: the NYSE calendar's, half days included. */
final class SyntheticSessions {
    static final LocalTime OPEN = LocalTime.of(9, 30);
    private static final NyseCalendar NYSE = NyseCalendar.instance();

    private SyntheticSessions() {
    }

    /** @return regular-hours minutes of {@code day}: 390, 210 on a half day, 0 when closed or outside the calendar */
    static int minutes(LocalDate day) {
        if (day.isBefore(NYSE.firstSupportedDate()) || day.isAfter(NYSE.lastSupportedDate())) {
            return 0;
        }
        Optional<SessionHours> hours = NYSE.sessionHours(day);
        return hours.map(h -> (int) h.duration().toMinutes()).orElse(0);
    }
}
