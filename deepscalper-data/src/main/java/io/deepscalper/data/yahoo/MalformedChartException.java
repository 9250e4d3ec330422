package io.deepscalper.data.yahoo;

import io.deepscalper.api.spi.PermanentDataSourceException;

/**
 * A Yahoo chart body that parses as JSON but breaks the shape the parser relies on: another symbol, an
 * indicator array whose length differs from {@code timestamp}, a value of the wrong type, a time outside
 * the supported range. Permanent: the same request returns the same body. The message and
 * {@link #field()} name the offending field as a JSON path, e.g. {@code chart.result[0].timestamp[17]}.
 */
public final class MalformedChartException extends PermanentDataSourceException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param symbol the symbol asked for
     * @param field  the JSON path of the offending field
     * @param reason what is wrong with it
     */
    public MalformedChartException(String symbol, String field, String reason) {
        super("Yahoo response for " + symbol + " is malformed at " + field + ": " + reason
                + "; the bars are not used (the base URL may not point at a Yahoo v8 chart API)");
        this.field = field;
    }

    /** @return the JSON path of the offending field */
    public String field() {
        return field;
    }
}
