package io.deepscalper.api.market;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An exchange's trading days and regular hours. Implementations compute them by rule, so no data
 * file is needed; {@link NyseCalendar} is the one for US equities.
 *
 * <p>Dates are exchange dates in {@link #zone()}. Every method throws
 * {@link IllegalArgumentException} for dates outside {@link #firstSupportedDate()} ..
 * {@link #lastSupportedDate()}, rather than guessing.
 */
public interface TradingCalendar {

    /** @return a short name, e.g. {@code "NYSE"} */
    String name();

    /** @return the exchange's time zone, e.g. America/New_York */
    ZoneId zone();

    /** @return the first date whose answer the rules are known to give right */
    LocalDate firstSupportedDate();

    /** @return the last date the calendar answers for */
    LocalDate lastSupportedDate();

    /**
     * @return the regular hours of {@code date}, or empty when the exchange is closed (weekend,
     *     holiday or special closure)
     */
    Optional<SessionHours> sessionHours(LocalDate date);

    /** @return true when the exchange has a regular session on {@code date} */
    default boolean isTradingDay(LocalDate date) {
        return sessionHours(date).isPresent();
    }

    /** @return true when {@code date} is a trading day with a shortened session */
    default boolean isEarlyClose(LocalDate date) {
        return sessionHours(date).map(SessionHours::earlyClose).orElse(false);
    }

    /** @return the exchange date of an instant, in {@link #zone()} */
    default LocalDate exchangeDate(Instant instant) {
        return instant.atZone(zone()).toLocalDate();
    }

    /**
     * @return the first trading day strictly after {@code date}
     * @throws IllegalArgumentException when none lies within the supported range
     */
    default LocalDate nextTradingDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        while (!isTradingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * @return the last trading day strictly before {@code date}
     * @throws IllegalArgumentException when none lies within the supported range
     */
    default LocalDate previousTradingDay(LocalDate date) {
        LocalDate d = date.minusDays(1);
        while (!isTradingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** @return the trading days in {@code [from, to]} (both inclusive), ascending; empty when {@code to < from} */
    default List<LocalDate> tradingDays(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isTradingDay(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /**
     * The number of bars of length {@code interval} that start inside the regular session of
     * {@code date}: {@code ceil(sessionLength / interval)}, so 390 one-minute bars on a full NYSE
     * day, 210 on a 13:00 close, 7 hourly bars (the last one starting 15:30), and 0 when closed.
     *
     * @throws IllegalArgumentException when {@code interval} is not a whole number of seconds, at least one
     */
    default int expectedBars(LocalDate date, Duration interval) {
        Objects.requireNonNull(interval, "interval");
        if (interval.getSeconds() < 1 || interval.getNano() != 0) {
            throw new IllegalArgumentException("interval must be a whole number of seconds, at least 1, but was "
                    + interval);
        }
        Optional<SessionHours> hours = sessionHours(date);
        if (hours.isEmpty()) {
            return 0;
        }
        long length = hours.get().duration().getSeconds();
        long step = interval.getSeconds();
        return (int) ((length + step - 1) / step);
    }
}
