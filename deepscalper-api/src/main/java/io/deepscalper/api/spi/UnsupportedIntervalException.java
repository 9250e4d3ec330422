package io.deepscalper.api.spi;

import io.deepscalper.api.data.BarInterval;
import java.util.Collection;
import java.util.TreeSet;

/** The source cannot deliver bars of the requested interval. */
public class UnsupportedIntervalException extends PermanentDataSourceException {
    private static final long serialVersionUID = 1L;

    /**
     * @param source    the provider's name
     * @param interval  the interval asked for
     * @param supported the intervals the provider supports
     */
    public UnsupportedIntervalException(String source, BarInterval interval, Collection<BarInterval> supported) {
        super("data source '" + source + "' does not support interval " + interval + "; supported: "
                + new TreeSet<>(supported));
    }
}
