package org.conflictkg.extract;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which kinds of entity each relation connects, read from {@code rules/signatures.tsv}: a rule match
 * whose subject or object is of another kind (a person "member of" a city) is not a claim.
 */
final class Signatures {

    /** Type groups usable in the file, expanded to the ontology classes they cover. */
    private static final Map<String, Set<String>> GROUPS = Map.of(
            "Actor", Set.of("Actor", "State", "DeFactoState", "Organisation", "Person", "Group"),
            "Place", Set.of("Place", "Region", "City", "State", "DeFactoState"),
            "Event", Set.of("Event", "Conflict", "War", "Clash", "MilitaryOperation", "Ceasefire", "Deployment"));

    private record Signature(Set<String> subjects, Set<String> objects) {}

    private final Map<Relation, Signature> signatures;

    private Signatures(Map<Relation, Signature> signatures) {
        this.signatures = signatures;
    }

    static Signatures loadDefault() {
        String name = "rules/signatures.tsv";
        return parse(name, RuleResources.required(name));
    }

    static Signatures parse(String fileName, List<String> lines) {
        Map<Relation, Signature> out = new EnumMap<>(Relation.class);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t");
            String where = fileName + ":" + (i + 1) + ": ";
            if (cols.length != 3) throw new IllegalArgumentException(where + "expected relation<TAB>subject types<TAB>object types");
            Relation r = Relation.byKey(cols[0].strip())
                    .orElseThrow(() -> new IllegalArgumentException(where + "unknown relation '" + cols[0] + "'"));
            out.put(r, new Signature(types(where, cols[1]), types(where, cols[2])));
        }
        return new Signatures(out);
    }

    private static Set<String> types(String where, String col) {
        Set<String> out = new HashSet<>();
        for (String t : col.strip().split("\\|")) {
            if (t.equals("*")) return Set.of();
            out.addAll(GROUPS.getOrDefault(t, Set.of(t)));
        }
        return out;
    }

    boolean subjectFits(Relation r, Entity e) {
        Signature s = signatures.get(r);
        return s == null || s.subjects().isEmpty() || s.subjects().contains(e.type());
    }

    boolean objectFits(Relation r, Entity e) {
        Signature s = signatures.get(r);
        return s == null || s.objects().isEmpty() || s.objects().contains(e.type());
    }
}
