package io.deepscalper.api.market;

/**
 * Parses decimal numbers straight from a character buffer, without creating a {@link String} per
 * field. Plain decimals with up to 18 digits take an exact fast path; anything else (exponents, very
 * long mantissas) falls back to {@link Double#parseDouble} after a strict character check, so that
 * Java-only literal forms such as {@code 1d} or hex floats are rejected. {@code NaN} and
 * {@code Infinity} (also {@code nan}, {@code inf}) are recognised so the caller can report them as
 * such rather than as "unparseable".
 */
final class CsvNumbers {
    /** Powers of ten that are exact as doubles; dividing by one of them is correctly rounded. */
    private static final double[] POW10 = new double[23];
    /** 2^53: the largest integer range in which every long converts to double exactly. */
    private static final long MAX_EXACT = 1L << 53;

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private CsvNumbers() {
    }

    /**
     * @param b the buffer
     * @param s first character of the field
     * @param e one past its last character
     * @return the value; NaN or an infinity when the field spells one
     * @throws NumberFormatException with a short reason when the field is not a number
     */
    static double parse(char[] b, int s, int e) {
        if (s >= e) {
            throw new NumberFormatException("is empty");
        }
        int i = s;
        boolean negative = false;
        if (b[i] == '-' || b[i] == '+') {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int fractionDigits = 0;
        boolean dot = false;
        for (; i < e; i++) {
            char c = b[i];
            if (c >= '0' && c <= '9') {
                if (digits == 18) {
                    return slowPath(b, s, e);
                }
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (dot) {
                    fractionDigits++;
                }
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return slowPath(b, s, e);
            }
        }
        if (digits == 0) {
            throw new NumberFormatException("'" + new String(b, s, e - s) + "' is not a number");
        }
        if (mantissa > MAX_EXACT || fractionDigits >= POW10.length) {
            return slowPath(b, s, e);
        }
        double v = fractionDigits == 0 ? (double) mantissa : mantissa / POW10[fractionDigits];
        return negative ? -v : v;
    }

    private static double slowPath(char[] b, int s, int e) {
        String text = new String(b, s, e - s);
        String unsigned = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        if (unsigned.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        if (unsigned.equalsIgnoreCase("inf") || unsigned.equalsIgnoreCase("infinity")) {
            return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        for (int i = 0; i < unsigned.length(); i++) {
            char c = unsigned.charAt(i);
            boolean allowed = (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
            if (!allowed) {
                throw new NumberFormatException("'" + text + "' is not a number");
            }
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException ex) {
            throw new NumberFormatException("'" + text + "' is not a number");
        }
    }
}
