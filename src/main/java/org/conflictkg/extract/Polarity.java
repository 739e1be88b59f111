package org.conflictkg.extract;

/** Whether an article asserts a claim ({@code +}) or asserts that it is not so ({@code -}). */
public enum Polarity {
    POSITIVE("+"), NEGATIVE("-");

    private final String symbol;

    Polarity(String symbol) { this.symbol = symbol; }

    public String symbol() { return symbol; }

    public Polarity flip() { return this == POSITIVE ? NEGATIVE : POSITIVE; }
}
