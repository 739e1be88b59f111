package org.conflictkg.extract;

import java.util.List;
import java.util.Optional;

/**
 * An actor, place, organisation or event that claims are about.
 *
 * @param key      stable project identifier (lower-case slug), the last segment of its IRI
 * @param label    preferred English label
 * @param type     its kind, the local name of an ontology class ({@code State}, {@code Person} …)
 * @param wikidata the confirmed Wikidata item id, never guessed
 * @param aliases  other names the registry knows for it
 * @param fromRegistry whether the curated registry lists it (otherwise it was recognised in text)
 */
public record Entity(String key, String label, String type, Optional<String> wikidata, List<String> aliases,
                     boolean fromRegistry) {

    /** Stands for a speaker the text does not name: a quote with it has no speaker, never a guessed one. */
    public static final Entity UNKNOWN = new Entity("unknown", "unknown", "Actor", Optional.empty(), List.of(), false);

    public boolean isUnknown() {
        return this.equals(UNKNOWN);
    }

    /** The identifiers the evaluation format accepts for this entity: Wikidata id, then {@code label:} forms. */
    public String evalIds() {
        StringBuilder sb = new StringBuilder();
        wikidata.ifPresent(q -> sb.append(q).append('|'));
        sb.append("label:").append(label);
        for (String a : aliases) sb.append("|label:").append(a);
        return sb.toString();
    }
}
