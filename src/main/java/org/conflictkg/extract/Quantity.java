package org.conflictkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number of people with the bound the text gives it: "at least 39" is {@code >=39}, "more than 80"
 * {@code >80}, "an estimated 200" {@code ~200}.
 */
public record Quantity(Bound bound, long value) {

    public enum Bound {
        EXACT("="), AT_LEAST(">="), MORE_THAN(">"), AT_MOST("<="), FEWER_THAN("<"), ABOUT("~");

        private final String symbol;

        Bound(String symbol) { this.symbol = symbol; }

        public String symbol() { return symbol; }
    }

    private static final Pattern SYNTAX = Pattern.compile("(>=|<=|=|>|<|~)?\\s*(\\d+)");

    /** Parses the evaluation format ({@code >=39}, {@code ~2000}; a bare number is exact). */
    public static Quantity parse(String s) {
        Matcher m = SYNTAX.matcher(s.trim().replace(",", ""));
        if (!m.matches()) throw new IllegalArgumentException("not a quantity: '" + s + "'");
        String sym = m.group(1) == null ? "=" : m.group(1);
        for (Bound b : Bound.values()) {
            if (b.symbol.equals(sym)) return new Quantity(b, Long.parseLong(m.group(2)));
        }
        throw new IllegalStateException(sym);
    }

    @Override
    public String toString() {
        return bound.symbol + value;
    }
}
