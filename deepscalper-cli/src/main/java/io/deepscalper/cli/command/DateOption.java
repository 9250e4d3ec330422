package io.deepscalper.cli.command;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a date option ({@code --from}, {@code --to}) as an ISO date. A bad value is refused in one line that
 * says what was wrong with it, not with picocli's default text that names Java classes.
 */
public final class DateOption implements ITypeConverter<LocalDate> {
    private static final String PARSED = "could not be parsed: ";

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date; use YYYY-MM-DD, e.g. 2024-06-03"
                    + detail(e));
        }
    }

    /** @return e.g. {@code " (Invalid date 'FEBRUARY 30')"}, or nothing when the text did not have a date's shape */
    private static String detail(DateTimeParseException e) {
        String m = e.getMessage();
        int at = m == null ? -1 : m.indexOf(PARSED);
        if (at < 0) {
            return "";
        }
        String why = m.substring(at + PARSED.length());
        return why.startsWith("Invalid") || why.startsWith("Unable") ? " (" + why + ")" : "";
    }
}
