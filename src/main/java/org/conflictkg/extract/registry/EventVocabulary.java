package org.conflictkg.extract.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The generic words of event phrases, read from {@code event-words.tsv}: head nouns and the event
 * types they can refer to, words pointing at the present, and the rest of what {@link EventResolver}
 * needs to read a phrase.
 */
final class EventVocabulary {

    static final List<String> COLUMNS = List.of("kind", "words", "types");

    /** A head noun ("war", "flare-up") as lower-case units, and the event types it can refer to. */
    record Head(List<String> units, Set<String> types) {}

    // Filled once by the constructor, then only read.
    final List<Head> heads = new ArrayList<>();
    final Set<String> recency = new HashSet<>();
    final Set<String> indefinite = new HashSet<>();
    final Set<String> boundaries = new HashSet<>();
    final Set<String> notATime = new HashSet<>();
    final Set<String> datedByStart = new HashSet<>();
    final Set<String> focus = new HashSet<>();
    final Set<String> focusParties = new HashSet<>();

    EventVocabulary(TsvTable table, Set<String> eventKeys, Problems problems) {
        for (TsvTable.Row row : table.rows()) {
            List<String> words = row.values("words", problems);
            List<String> types = row.values("types", problems);
            for (String type : types) {
                if (!RegistryLoader.EVENT_TYPES.contains(type))
                    problems.add(row.where(), "unknown event type '" + type + "' (one of " + RegistryLoader.EVENT_TYPES + ")");
            }
            switch (row.get("kind")) {
                case "head" -> {
                    if (types.isEmpty()) problems.add(row.where(), "head row without event types");
                    for (String w : words) heads.add(new Head(Units.ofText(w).stream().map(Units::lower).toList(), Set.copyOf(types)));
                }
                case "recency" -> singleWords(row, words, recency, problems);
                case "indefinite" -> singleWords(row, words, indefinite, problems);
                case "boundary" -> singleWords(row, words, boundaries, problems);
                case "not-a-time" -> singleWords(row, words, notATime, problems);
                case "dated-by-start" -> datedByStart.addAll(types);
                case "focus" -> {
                    for (String key : words) {
                        if (eventKeys.contains(key)) focus.add(key);
                        else problems.add(row.where(), "focus '" + key + "' is not an event key");
                    }
                }
                // a party the entities file does not list is never named, so it is simply never counted: a
                // smaller registry (another conflict's, a test's) need not list them all
                case "focus-party" -> focusParties.addAll(words);
                default -> problems.add(row.where(), "unknown kind '" + row.get("kind")
                        + "' (head, recency, indefinite, boundary, not-a-time, dated-by-start, focus or focus-party)");
            }
        }
    }

    private static void singleWords(TsvTable.Row row, List<String> words, Set<String> into, Problems problems) {
        for (String w : words) {
            List<String> units = Units.ofText(w);
            if (units.size() != 1) problems.add(row.where(), "'" + w + "' must be a single word");
            else into.add(Units.lower(units.get(0)));
        }
    }
}
