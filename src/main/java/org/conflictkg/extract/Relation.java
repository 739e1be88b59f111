package org.conflictkg.extract;

import java.util.Arrays;
import java.util.Optional;

/**
 * The relation kinds a claim can state. Each key is the local name of the ontology property of the
 * same name ({@code ck:memberOf}) and the relation key of the evaluation format.
 */
public enum Relation {
    memberOf, supports, mediates, brokeredCeasefire, calledForCeasefire, suppliesArmsTo,
    militaryPresenceIn, closedBorderWith, inConflictWith(true), attacked, accused,
    declaredIndependenceFrom, recognizedAsPartOf, killed, injured, displaced, quote;

    private final boolean symmetric;

    Relation() { this(false); }
    Relation(boolean symmetric) { this.symmetric = symmetric; }

    /** Whether {@code a r b} means the same as {@code b r a}. */
    public boolean symmetric() { return symmetric; }

    /** Whether the object is a number of people rather than an entity. */
    public boolean takesQuantity() { return this == killed || this == injured || this == displaced; }

    public static Optional<Relation> byKey(String key) {
        return Arrays.stream(values()).filter(r -> r.name().equals(key)).findFirst();
    }
}
