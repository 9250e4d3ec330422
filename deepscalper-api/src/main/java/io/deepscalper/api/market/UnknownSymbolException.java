package io.deepscalper.api.market;

import java.util.Collection;
import java.util.List;

/** Thrown when a symbol is asked for that the input does not hold; the message lists those it does. */
public class UnknownSymbolException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String symbol;
    private final List<String> available;

    /**
     * @param symbol    the symbol that was asked for
     * @param available the symbols the input holds
     * @param source    a name for the input, used in the message
     */
    public UnknownSymbolException(String symbol, Collection<String> available, String source) {
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
