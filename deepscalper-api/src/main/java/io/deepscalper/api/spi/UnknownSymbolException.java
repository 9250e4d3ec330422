package io.deepscalper.api.spi;

/** The source has no data for the symbol (a typo, a delisted ticker, a file that does not exist). */
public class UnknownSymbolException extends PermanentDataSourceException {
    private static final long serialVersionUID = 1L;
    private final String symbol;

    /**
     * @param source the provider's name
     * @param symbol the symbol asked for
     * @param detail what the source said or where it looked, to help fix the symbol
     */
    public UnknownSymbolException(String source, String symbol, String detail) {
        super("data source '" + source + "' does not know symbol '" + symbol + "': " + detail
                + "; check the spelling or remove it from the configured symbols");
        this.symbol = symbol;
    }

    /** @return the symbol that was not found */
    public String symbol() {
        return symbol;
    }
}
