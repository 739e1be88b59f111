package org.conflictkg.extract;

/** What a claim says of its subject: another entity, a number of people, or quoted words. */
public sealed interface ClaimObject {

    /** A string that identifies the value, for telling claims apart. */
    String key();

    record EntityValue(Entity entity) implements ClaimObject {
        @Override public String key() { return entity.key(); }
    }

    record QuantityValue(Quantity quantity) implements ClaimObject {
        @Override public String key() { return quantity.toString(); }
    }

    /** The exact words inside the quotation marks. */
    record QuoteValue(String text) implements ClaimObject {
        @Override public String key() { return text; }
    }
}
