package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.conflictkg.extract.registry.EntityRegistry;

/**
 * Claims that state others, read from {@code rules/entailments.tsv}: "Azerbaijan shelled Armenia" says
 * the two states are in conflict; "Russia is a member of the Minsk Group" says Russia mediates the
 * Karabakh conflict. An entailed claim keeps its premise's words, time, source and confidence, and its
 * extractor names the premise's rule and the entailment's line, so it is as traceable as the premise.
 */
final class Entailments {

    /**
     * One line of the file: the premise's subject and object must meet their constraints; the
     * conclusion keeps the premise's object unless it names a registry entity or event of its own.
     */
    private record Entailment(Relation premise, Predicate<Entity> subject, Predicate<Entity> object, Relation conclusion,
                              Optional<Entity> conclusionObject, String where) {

        boolean applies(Claim c) {
            return c.relation() == premise && c.polarity() == Polarity.POSITIVE && subject.test(c.subject())
                    && c.object() instanceof ClaimObject.EntityValue value && object.test(value.entity());
        }

        Claim conclude(Claim c) {
            ClaimObject object = conclusionObject.<ClaimObject>map(ClaimObject.EntityValue::new).orElse(c.object());
            return new Claim(c.articleId(), conclusion, c.subject(), object, c.polarity(), c.time(), c.source(),
                    c.evidence(), c.extractor() + ClaimExtractor.INFERRED + where, c.confidence());
        }
    }

    private final List<Entailment> entailments;

    private Entailments(List<Entailment> entailments) {
        this.entailments = entailments;
    }

    static Entailments loadDefault(EntityRegistry registry, Predicate<Entity> isSide) {
        String name = "rules/entailments.tsv";
        return parse(name, RuleResources.required(name), registry, isSide);
    }

    /** @param isSide whether an entity is one of the sides of the focus conflict (the constraint {@code side}) */
    static Entailments parse(String fileName, List<String> lines, EntityRegistry registry, Predicate<Entity> isSide) {
        List<Entailment> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t", -1);
            String where = fileName + ":" + (i + 1);
            if (cols.length != 5)
                throw new IllegalArgumentException(where + ": expected premise<TAB>subject<TAB>object<TAB>conclusion<TAB>conclusion object");
            Relation premise = relation(where, cols[0]);
            Relation conclusion = relation(where, cols[3]);
            String objectKey = cols[4].strip();
            Optional<Entity> conclusionObject = objectKey.isEmpty() ? Optional.empty()
                    : Optional.of(registry.byKey(objectKey).or(() -> registry.event(objectKey).map(e -> e.entity()))
                            .orElseThrow(() -> new IllegalArgumentException(where + ": no registry entity or event '" + objectKey + "'")));
            out.add(new Entailment(premise, constraint(cols[1], isSide), constraint(cols[2], isSide), conclusion, conclusionObject, where));
        }
        return new Entailments(List.copyOf(out));
    }

    /** "*" any entity, "side" a side of the focus conflict, a capitalised word a type, else a registry key. */
    private static Predicate<Entity> constraint(String column, Predicate<Entity> isSide) {
        String c = column.strip();
        if (c.equals("*")) return e -> true;
        if (c.equals("side")) return isSide;
        if (Character.isUpperCase(c.charAt(0))) return e -> e.type().equals(c);
        return e -> e.key().equals(c);
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
