package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.conflictkg.extract.registry.EntityRegistry;

/**
 * Claims that state others, read from {@code rules/entailments.tsv}: "Azerbaijan shelled Armenia" says
 * the two states are in conflict; "Russia is a member of the Minsk Group" says Russia mediates the
 * Karabakh conflict. An entailed claim keeps its premise's words, time, source and confidence, and its
 * extractor names the premise's rule and the entailment's line, so it is as traceable as the premise.
 */
final class Entailments {

    /**
     * One line of the file. The premise's subject must be of {@code subjectType} and its object of
     * {@code objectType} or be the registry entity {@code objectKey}; the conclusion keeps the premise's
     * object unless it names a registry entity or event of its own.
     */
    private record Entailment(Relation premise, String subjectType, String objectTypeOrKey, Relation conclusion,
                              Optional<Entity> conclusionObject, String where) {

        boolean applies(Claim c) {
            if (c.relation() != premise || c.polarity() != Polarity.POSITIVE) return false;
            if (!(c.object() instanceof ClaimObject.EntityValue value)) return false;
            boolean objectFits = objectTypeOrKey.equals("*") || value.entity().type().equals(objectTypeOrKey)
                    || value.entity().key().equals(objectTypeOrKey);
            return (subjectType.equals("*") || c.subject().type().equals(subjectType)) && objectFits;
        }

        Claim conclude(Claim c) {
            ClaimObject object = conclusionObject.<ClaimObject>map(ClaimObject.EntityValue::new).orElse(c.object());
            return new Claim(c.articleId(), conclusion, c.subject(), object, c.polarity(), c.time(), c.source(),
                    c.evidence(), c.extractor() + " => " + where, c.confidence());
        }
    }

    private final List<Entailment> entailments;

    private Entailments(List<Entailment> entailments) {
        this.entailments = entailments;
    }

    static Entailments loadDefault(EntityRegistry registry) {
        String name = "rules/entailments.tsv";
        return parse(name, RuleResources.required(name), registry);
    }

    static Entailments parse(String fileName, List<String> lines, EntityRegistry registry) {
        List<Entailment> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t", -1);
            String where = fileName + ":" + (i + 1);
            if (cols.length != 5)
                throw new IllegalArgumentException(where + ": expected premise<TAB>subject type<TAB>object type or key<TAB>conclusion<TAB>conclusion object");
            Relation premise = relation(where, cols[0]);
            Relation conclusion = relation(where, cols[3]);
            String objectKey = cols[4].strip();
            Optional<Entity> conclusionObject = objectKey.isEmpty() ? Optional.empty()
                    : Optional.of(registry.byKey(objectKey).or(() -> registry.event(objectKey).map(e -> e.entity()))
                            .orElseThrow(() -> new IllegalArgumentException(where + ": no registry entity or event '" + objectKey + "'")));
            out.add(new Entailment(premise, cols[1].strip(), cols[2].strip(), conclusion, conclusionObject, where));
        }
        return new Entailments(List.copyOf(out));
    }

    private static Relation relation(String where, String key) {
        return Relation.byKey(key.strip()).orElseThrow(() -> new IllegalArgumentException(where + ": unknown relation '" + key + "'"));
    }

    /** The claims the given ones entail. */
    List<Claim> entailedBy(List<Claim> claims) {
        List<Claim> out = new ArrayList<>();
        for (Claim c : claims)
            for (Entailment e : entailments)
                if (e.applies(c)) out.add(e.conclude(c));
        return out;
    }
}
