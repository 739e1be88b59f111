package org.conflictkg.extract.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.conflictkg.corpus.PartialDate;
import org.conflictkg.extract.Entity;

/**
 * The registry's roles indexed by what their titles say, so that a title as news text writes it
 * ("the Turkish Defense Minister") finds the entity holding it at a time.
 * <p>
 * A title is read as its anchors, the entities it names (Turkish → turkey, the Kremlin → russia,
 * Putin's → vladimir-putin), and the bag of its other words after the rewritings of
 * {@code role-words.tsv} (Defense → defence, spokeswoman → spokesperson), in any order. Entities that a
 * role without terms defines, such as ministries and offices, are not anchors: their names are read
 * word by word, so "Russian Foreign Ministry spokeswoman" and "Spokesperson of the Ministry of Foreign
 * Affairs of Russia" agree.
 */
final class RoleIndex {

    static final List<String> COLUMNS = List.of("kind", "words", "canonical");

    private record Holding(Entity entity, Role role) {}

    private final MentionFinder anchors;
    private final Map<List<String>, List<String>> synonyms = new HashMap<>();
    private final Set<String> ignored = new LinkedHashSet<>();
    private int longestSynonym;
    private final Map<String, List<Holding>> holdingsBySignature = new HashMap<>();
    /** The keys of the entities each holder's role titles name, read once from the signatures. */
    private final Map<Entity, Set<String>> servedBy = new HashMap<>();

    RoleIndex(Collection<RegistryEntry> entries, TsvTable roleWords, Problems problems) {
        readWords(roleWords, problems);
        anchors = new MentionFinder(entries.stream().filter(e -> !e.definedByRole()).toList());
        Map<String, RegistryEntry> definedBy = new HashMap<>();
        for (RegistryEntry entry : entries) {
            for (Role role : entry.roles()) {
                String signature = signature(role.title());
                if (signature.endsWith("|")) {
                    problems.add(entry.where(), "role '" + role.title() + "' has no words besides the names in it");
                    continue;
                }
                if (!role.dated()) {
                    RegistryEntry other = definedBy.putIfAbsent(signature, entry);
                    if (other != null && other != entry)
                        problems.add(entry.where(), "role '" + role.title() + "' already defines '"
                                + other.entity().key() + "' (" + other.where() + ")");
                }
                holdingsBySignature.computeIfAbsent(signature, s -> new ArrayList<>()).add(new Holding(entry.entity(), role));
                // the signature starts with the keys of the entities the title names ("russia|president")
                String anchorKeys = signature.substring(0, signature.indexOf('|'));
                Set<String> served = servedBy.computeIfAbsent(entry.entity(), e -> new TreeSet<>());
                if (!anchorKeys.isEmpty()) served.addAll(List.of(anchorKeys.split(",")));
            }
        }
    }

    private void readWords(TsvTable table, Problems problems) {
        // ignored words first: a title loses them before synonyms are matched, so synonyms written
        // with them ("head of government") lose them too
        for (TsvTable.Row row : table.rows())
            if (row.get("kind").equals("ignore")) row.values("words", problems).forEach(w -> ignored.add(Units.lower(w)));
        for (TsvTable.Row row : table.rows()) {
            if (row.get("kind").equals("ignore")) continue;
            List<String> words = row.values("words", problems);
            switch (row.get("kind")) {
                case "synonym" -> {
                    List<String> canonical = lowerUnits(row.get("canonical"));
                    if (canonical.isEmpty()) problems.add(row.where(), "synonym row without a canonical form");
                    for (String w : words) {
                        List<String> variant = lowerUnits(w).stream().filter(u -> !ignored.contains(u)).toList();
                        synonyms.put(variant, canonical);
                        longestSynonym = Math.max(longestSynonym, variant.size());
                    }
                }
                default -> problems.add(row.where(), "unknown kind '" + row.get("kind") + "' (synonym or ignore)");
            }
        }
    }

    /**
     * The entity holding the role the title names. With a date, the holder whose term covers all of it;
     * without one, the only holder the registry knows. When that leaves none or several, the entity the
     * role defines (an office), if any.
     */
    Optional<Entity> resolve(String title, Optional<PartialDate> when) {
        List<Holding> holdings = holdingsBySignature.getOrDefault(signature(title), List.of());
        Set<Entity> holders = when.map(DateRange::of)
                .map(range -> holders(holdings.stream().filter(h -> h.role().dated() && h.role().heldThroughout(range)).toList()))
                .orElseGet(() -> holders(holdings));
        if (holders.size() == 1) return holders.stream().findFirst();
        Set<Entity> defined = holders(holdings.stream().filter(h -> !h.role().dated()).toList());
        return defined.size() == 1 ? defined.stream().findFirst() : Optional.empty();
    }

    /**
     * Everyone who ever held a role the title names, whatever the date: for a title that names its
     * state or organisation ("the Russian president") the holders of that role; for a bare title
     * ("the President") the holders of every role with those words.
     */
    Set<Entity> everHeld(String title) {
        String signature = signature(title);
        if (signature.endsWith("|")) return Set.of();
        if (!signature.startsWith("|")) return holders(holdingsBySignature.getOrDefault(signature, List.of()));
        String words = signature.substring(1);
        return holders(holdingsBySignature.entrySet().stream()
                .filter(e -> e.getKey().substring(e.getKey().indexOf('|') + 1).equals(words))
                .flatMap(e -> e.getValue().stream()).filter(h -> h.role().dated()).toList());
    }

    /** The keys of the entities a title names ("the Russian minister": russia). */
    Set<String> anchorsOf(String title) {
        String anchors = signature(title);
        anchors = anchors.substring(0, anchors.indexOf('|'));
        return anchors.isEmpty() ? Set.of() : Set.of(anchors.split(","));
    }

    /** The keys of the entities a person's role titles name ("President of Russia": russia). */
    Set<String> servedBy(Entity person) {
        return Collections.unmodifiableSet(servedBy.getOrDefault(person, Set.of()));
    }

    private static Set<Entity> holders(List<Holding> holdings) {
        return holdings.stream().map(Holding::entity).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The anchors' keys and the normalised bag of the other words, as one comparable string. */
    String signature(String title) {
        List<String> tokens = Units.tokenize(title);
        Set<String> anchorKeys = new TreeSet<>();
        boolean[] named = new boolean[tokens.size()];
        for (Mention m : anchors.find(tokens)) {
            anchorKeys.add(m.entity().key());
            for (int t = m.beginToken(); t < m.endTokenExclusive(); t++) named[t] = true;
        }
        List<String> rest = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            if (named[t] || tokens.get(t).chars().noneMatch(Character::isLetterOrDigit)) continue;
            for (String unit : Units.ofText(tokens.get(t))) rest.add(Units.lower(unit));
        }
        rest.removeIf(ignored::contains);
        List<String> bag = rewrite(rest);
        bag.sort(null);
        return String.join(",", anchorKeys) + "|" + String.join(" ", bag);
    }

    private List<String> rewrite(List<String> words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            int n = Math.min(longestSynonym, words.size() - i);
            for (; n > 0; n--) {
                List<String> canonical = synonyms.get(words.subList(i, i + n));
                if (canonical != null) {
                    out.addAll(canonical);
                    break;
                }
            }
            if (n == 0) {
                out.add(words.get(i));
                n = 1;
            }
            i += n;
        }
        return out;
    }

    private static List<String> lowerUnits(String text) {
        return Units.ofText(text).stream().map(Units::lower).toList();
    }
}
