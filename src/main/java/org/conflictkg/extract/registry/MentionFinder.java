package org.conflictkg.extract.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflictkg.extract.Entity;

/**
 * Finds the registry's entities in a sentence's tokens by their names, aliases, metonyms and demonyms,
 * and its events by their names and aliases.
 * <p>
 * Matching goes left to right and takes the longest form at each position ({@code Carnegie Moscow
 * Center} over {@code Moscow}). A one-word form must match with its case ({@code US}, not {@code us});
 * longer forms match in any case. When one form is both a place's name and a metonym ({@code Moscow}),
 * the metonym wins: in news text the capital usually stands for the government. An event's name wins
 * over the shorter names inside it ({@code Second Nagorno-Karabakh War} is not a mention of the region).
 * <p>
 * Hyphenated words are matched by their parts, whether the tokenizer split them or not: a form may be
 * the first part of a word ({@code Russia-led}, {@code Armenian-backed}), and a later part counts only
 * when the part before it named an entity too ({@code Armenia-Azerbaijan}), so that {@code pro-Russian}
 * and {@code Turkic-speaking} name nothing.
 * <pre>
 *   List&lt;Mention&gt; mentions = new MentionFinder(registry).find(List.of("the", "Kremlin", "said"));
 *   // one METONYM mention of russia over token 1
 * </pre>
 */
public final class MentionFinder {

    /** The order in which kinds win when one form has several readings. */
    private static final List<MentionKind> PRECEDENCE =
            List.of(MentionKind.METONYM, MentionKind.NAME, MentionKind.ALIAS, MentionKind.DEMONYM);

    private record Form(List<String> units, Entity entity, MentionKind kind) {}

    /** Forms by the lower-cased text of their first unit. */
    private final Map<String, List<Form>> formsByFirstUnit = new HashMap<>();

    public MentionFinder(EntityRegistry registry) {
        this(registry.entries());
    }

    MentionFinder(Collection<RegistryEntry> entries) {
        for (RegistryEntry entry : entries) {
            Entity entity = entry.entity();
            add(entity.label(), entity, MentionKind.NAME);
            entity.aliases().forEach(a -> add(a, entity, MentionKind.ALIAS));
            entry.metonyms().forEach(m -> add(m, entity, MentionKind.METONYM));
            entry.demonyms().forEach(d -> add(d, entity, MentionKind.DEMONYM));
        }
    }

    private void add(String text, Entity entity, MentionKind kind) {
        List<String> units = Units.ofText(text);
        if (units.isEmpty()) return;
        formsByFirstUnit.computeIfAbsent(Units.lower(units.get(0)), k -> new ArrayList<>())
                .add(new Form(units, entity, kind));
    }

    /** The mentions in the words of a sentence's tokens, in text order. */
    public List<Mention> find(List<String> tokenWords) {
        List<Units.Unit> units = Units.ofTokens(tokenWords);
        List<Mention> mentions = new ArrayList<>();
        int previousMatchEnd = -1;
        for (int i = 0; i < units.size(); ) {
            Form best = units.get(i).continuesToken() && previousMatchEnd != i ? null : longestAt(units, i);
            if (best == null) {
                i++;
                continue;
            }
            int end = i + best.units().size();
            mentions.add(new Mention(units.get(i).token(), units.get(end - 1).token() + 1, best.entity(), best.kind()));
            previousMatchEnd = end;
            i = end;
        }
        return mentions;
    }

    private Form longestAt(List<Units.Unit> units, int start) {
        Form best = null;
        for (Form form : formsByFirstUnit.getOrDefault(Units.lower(units.get(start).text()), List.of())) {
            if (!matchesAt(form, units, start)) continue;
            if (best == null || form.units().size() > best.units().size()
                    || form.units().size() == best.units().size()
                       && PRECEDENCE.indexOf(form.kind()) < PRECEDENCE.indexOf(best.kind())) {
                best = form;
            }
        }
        return best;
    }

    private static boolean matchesAt(Form form, List<Units.Unit> units, int start) {
        List<String> wanted = form.units();
        if (start + wanted.size() > units.size()) return false;
        boolean caseSensitive = wanted.size() == 1;
        for (int k = 0; k < wanted.size(); k++) {
            String actual = units.get(start + k).text();
            if (caseSensitive ? !actual.equals(wanted.get(k)) : !actual.equalsIgnoreCase(wanted.get(k))) return false;
        }
        return true;
    }
}
