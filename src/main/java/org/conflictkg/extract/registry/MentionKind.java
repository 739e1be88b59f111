package org.conflictkg.extract.registry;

/** How a mention names its entity. */
public enum MentionKind {
    /** by its label: {@code Russia} */
    NAME,
    /** by another name, abbreviation or spelling: {@code Russian Federation}, {@code CSTO} */
    ALIAS,
    /** by a place that stands for its government: {@code Moscow}, {@code the Kremlin} for Russia */
    METONYM,
    /** by an adjective or noun of nationality: {@code Russian}, {@code Azeris} */
    DEMONYM
}
