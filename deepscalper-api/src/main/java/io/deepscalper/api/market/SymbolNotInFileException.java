package io.deepscalper.api.market;

import java.util.Collection;
import java.util.List;

/**
 * Thrown when a bar file is asked for a symbol it holds no row for; the message lists the symbols it does hold.
 * A data source that cannot serve a symbol at all reports {@link io.deepscalper.api.spi.UnknownSymbolException}
 * instead.
 */
public class SymbolNotInFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String symbol;
    private final List<String> available;

    /**
     * @param symbol    the symbol that was asked for
     * @param available the symbols the input holds
     * @param source    a name for the input, used in the message
     */
    public SymbolNotInFileException(String symbol, Collection<String> available, String source) {
        super("symbol '" + symbol + "' is not in " + source + "; it holds " + (available.isEmpty() ? "no bars"
                : "only " + String.join(", ", available)) + ". Check the symbol's spelling and case.");
        this.symbol = symbol;
        this.available = List.copyOf(available);
    }

    /** @return the symbol that was asked for */
    public String symbol() {
        return symbol;
    }

    /** @return the symbols the input holds */
    public List<String> available() {
        return available;
    }
}
