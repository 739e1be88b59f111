package org.conflictkg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conflictkg.extract.registry.EntityRegistry;
import org.conflictkg.extract.registry.Mention;
import org.conflictkg.extract.registry.MentionFinder;
import org.conflictkg.nlp.AnnotatedArticle;

/**
 * The entities each token of an article refers to: names, aliases, metonyms and demonyms from the
 * registry, and people and organisations that CoreNLP recognises but the registry does not know.
 * <p>
 * A surname used alone resolves to the person introduced earlier in the article with that surname,
 * the way news style refers back to people ("Tigran Grigoryan … Grigoryan told").
 */
final class ArticleEntities {

    private static final Set<String> ENUMERABLE_TYPES = Set.of("State", "Organisation");

    private final List<Map<Integer, Entity>> byToken = new ArrayList<>();
    private final Map<String, Entity> bySurname = new HashMap<>();
    private final Map<String, Entity> minted = new LinkedHashMap<>();
    private final Map<Entity, Integer> stateMentions = new LinkedHashMap<>();
    private final Map<List<Entity>, Integer> coordinatedStates = new LinkedHashMap<>();
    private final List<Enumeration> enumerations = new ArrayList<>();
    private final Set<String> mentionedKeys = new HashSet<>();

    /** Three or more actors named in one coordination ("Russia, France and the United States"). */
    private record Enumeration(int sentence, int tokenIndex, List<Entity> members) {}

    /** The article's two parties, found once all its sentences are read (see {@link #parties()}). */
    private final List<Entity> parties;

    ArticleEntities(AnnotatedArticle annotated, EntityRegistry registry, MentionFinder finder) {
        for (CoreSentence sentence : annotated.document().sentences()) {
            Map<Integer, Entity> map = new HashMap<>();
            List<CoreLabel> tokens = sentence.tokens();
            linkRegistryMentions(tokens, registry, finder, map);
            linkRecognisedNames(sentence, registry, map);
            map.values().stream().distinct().filter(e -> e.type().equals("State"))
                    .forEach(e -> stateMentions.merge(e, 1, Integer::sum));
            countCoordinatedStates(sentence, map);
            recordEnumerations(byToken.size(), sentence, map);
            byToken.add(map);
            map.values().forEach(e -> mentionedKeys.add(e.key()));
        }
        this.parties = findParties(registry);
    }

    /** The entity the token at 1-based {@code tokenIndex} of sentence {@code sentence} refers to. */
    Optional<Entity> at(int sentence, int tokenIndex) {
        return Optional.ofNullable(byToken.get(sentence).get(tokenIndex));
    }

    /**
     * The entity of one of the given types mentioned last before the given token: what "the region"
     * or "the enclave" refers back to.
     */
    Optional<Entity> lastMentioned(int sentence, int beforeToken, Set<String> types) {
        return lastMentioned(sentence, beforeToken, e -> types.contains(e.type()));
    }

    /** The entity that {@code fits} and was mentioned last before the given token. */
    Optional<Entity> lastMentioned(int sentence, int beforeToken, java.util.function.Predicate<Entity> fits) {
        for (int s = sentence; s >= 0; s--) {
            int limit = s == sentence ? beforeToken : Integer.MAX_VALUE;
            Optional<Entity> hit = byToken.get(s).entrySet().stream()
                    .filter(e -> e.getKey() < limit && fits.test(e.getValue()))
                    .max(Map.Entry.comparingByKey()).map(Map.Entry::getValue);
            if (hit.isPresent()) return hit;
        }
        return Optional.empty();
    }

    /**
     * The entity of one of the given types mentioned most often before the given token, the later one
     * on a tie: what "the territory" or "the entity" refers back to when the article is about one
     * region and names others in passing ("the Lachin road").
     */
    Optional<Entity> mostMentioned(int sentence, int beforeToken, Set<String> types) {
        Map<Entity, Integer> counts = new HashMap<>();
        Map<Entity, Integer> lastSeen = new HashMap<>();
        int order = 0;
        for (int s = 0; s <= sentence; s++) {
            int limit = s == sentence ? beforeToken : Integer.MAX_VALUE;
            Entity previous = null;
            int previousToken = -1;
            for (var e : new TreeMap<>(byToken.get(s)).entrySet()) {
                if (e.getKey() >= limit) break;
                Entity entity = e.getValue();
                // one mention may span several adjacent tokens
                boolean sameMention = entity.equals(previous) && e.getKey() == previousToken + 1;
                if (types.contains(entity.type()) && !sameMention) {
                    counts.merge(entity, 1, Integer::sum);
                    lastSeen.put(entity, order++);
                }
                previous = entity;
                previousToken = e.getKey();
            }
        }
        return counts.keySet().stream()
                .max(Comparator.comparing((Entity e) -> counts.get(e)).thenComparing(lastSeen::get));
    }

    /** The keys of every entity the article mentions. */
    Set<String> mentionedKeys() {
        return mentionedKeys;
    }

    /** Entities recognised in the text that the registry does not list. */
    List<Entity> mintedEntities() {
        return List.copyOf(minted.values());
    }

    /**
     * The two states the article is about, whom "both sides", "the two countries" and "either side" refer
     * to: the sides of the focus conflict when it names them together, else the pair most often named
     * together; with no pair named together, the focus conflict's states when the article names a side
     * of it, else the two states most often mentioned (by name, metonym or demonym). The sides come
     * first: an article on mediation names "Russia and the United States" together more often than the
     * two states it calls "both sides", and a short piece on Karabakh may not name them at all.
     */
    List<Entity> parties() {
        return parties;
    }

    private List<Entity> findParties(EntityRegistry registry) {
        Comparator<Map.Entry<List<Entity>, Integer>> sidesFirst = Comparator.comparing(
                (Map.Entry<List<Entity>, Integer> e) -> e.getKey().stream().allMatch(registry::isFocusSide))
                .thenComparing(Map.Entry::getValue);
        Optional<List<Entity>> pair = coordinatedStates.entrySet().stream()
                .max(sidesFirst).map(Map.Entry::getKey);
        if (pair.isPresent()) return pair.get();
        List<Entity> focusStates = registry.focusStates();
        boolean namesASide = mentionedKeys.stream().anyMatch(k -> registry.byKey(k).filter(registry::isFocusSide).isPresent());
        if (namesASide && focusStates.size() == 2) return focusStates;
        return stateMentions.entrySet().stream()
                .sorted(Map.Entry.<Entity, Integer>comparingByValue().reversed())
                .limit(2).map(Map.Entry::getKey).toList();
    }

    /**
     * The actors of the last coordination of exactly {@code size} of them before the given token: what
     * "the three powers" or "the five states" refers back to.
     */
    Optional<List<Entity>> lastEnumeration(int sentence, int beforeToken, int size) {
        for (int i = enumerations.size() - 1; i >= 0; i--) {
            Enumeration e = enumerations.get(i);
            boolean before = e.sentence() < sentence || e.sentence() == sentence && e.tokenIndex() < beforeToken;
            if (before && e.members().size() == size) return Optional.of(e.members());
        }
        return Optional.empty();
    }

    private void recordEnumerations(int s, CoreSentence sentence, Map<Integer, Entity> map) {
        var graph = sentence.dependencyParse();
        for (var head : graph.vertexListSorted()) {
            List<Entity> members = new ArrayList<>();
            Entity first = map.get(head.index());
            if (first != null) members.add(first);
            for (var edge : graph.outgoingEdgeIterable(head)) {
                if (!edge.getRelation().toString().startsWith("conj")) continue;
                Entity e = map.get(edge.getDependent().index());
                if (e != null && !members.contains(e)) members.add(e);
            }
            boolean allActors = members.stream().allMatch(e -> ENUMERABLE_TYPES.contains(e.type()));
            if (first != null && members.size() >= 3 && allActors) enumerations.add(new Enumeration(s, head.index(), List.copyOf(members)));
        }
    }

    /** Counts pairs of states named together ("Armenia and Azerbaijan", "between Yerevan and Baku"). */
    private void countCoordinatedStates(CoreSentence sentence, Map<Integer, Entity> map) {
        var graph = sentence.dependencyParse();
        for (var edge : graph.edgeIterable()) {
            if (!edge.getRelation().toString().startsWith("conj")) continue;
            Entity a = map.get(edge.getGovernor().index());
            Entity b = map.get(edge.getDependent().index());
            if (a == null || b == null || a.equals(b) || !a.type().equals("State") || !b.type().equals("State")) continue;
            List<Entity> pair = a.key().compareTo(b.key()) < 0 ? List.of(a, b) : List.of(b, a);
            coordinatedStates.merge(pair, 1, Integer::sum);
        }
    }

    /**
     * Registry mentions. CoreNLP splits hyphenated words ("Nagorno-Karabakh", "Russia-led") into
     * pieces; the registry's labels keep them whole, so pieces written without spaces are rejoined into
     * one word before matching and mapped back to their tokens after.
     */
    private static void linkRegistryMentions(List<CoreLabel> tokens, EntityRegistry registry, MentionFinder finder, Map<Integer, Entity> map) {
        List<String> words = new ArrayList<>();
        List<int[]> wordTokens = new ArrayList<>(); // first and last token index (0-based) of each word
        for (int i = 0; i < tokens.size(); i++) {
            int j = i;
            StringBuilder w = new StringBuilder(tokens.get(i).word());
            while (j + 2 < tokens.size() && tokens.get(j + 1).word().equals("-")
                    && tokens.get(j).endPosition() == tokens.get(j + 1).beginPosition()
                    && tokens.get(j + 1).endPosition() == tokens.get(j + 2).beginPosition()) {
                w.append('-').append(tokens.get(j + 2).word());
                j += 2;
            }
            words.add(w.toString());
            wordTokens.add(new int[] {i, j});
            i = j;
        }
        List<Mention> mentions = finder.find(words);
        // "the Armenian-Azerbaijani conflict": a word of several tokens that holds several names
        Set<Integer> sharedWords = mentions.stream()
                .filter(m -> m.endTokenExclusive() == m.beginToken() + 1)
                .collect(Collectors.groupingBy(Mention::beginToken, Collectors.counting()))
                .entrySet().stream()
                .filter(e -> e.getValue() > 1 && wordTokens.get(e.getKey())[1] > wordTokens.get(e.getKey())[0])
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        for (Mention m : mentions) {
            if (sharedWords.contains(m.beginToken())) continue; // mapped piece by piece below
            int first = wordTokens.get(m.beginToken())[0];
            int last = wordTokens.get(m.endTokenExclusive() - 1)[1];
            if (registry.event(m.entity().key()).isPresent()) linkEventArguments(tokens, first, last, finder, map);
            for (int t = first; t <= last; t++) map.putIfAbsent(t + 1, m.entity());
        }
        // each piece of such a word names its own entity: the pieces are every other token
        for (int w : sharedWords) {
            int[] range = wordTokens.get(w);
            List<String> pieces = new ArrayList<>();
            for (int t = range[0]; t <= range[1]; t += 2) pieces.add(tokens.get(t).word());
            for (Mention piece : finder.find(pieces))
                for (int p = piece.beginToken(); p < piece.endTokenExclusive(); p++) map.putIfAbsent(range[0] + 2 * p + 1, piece.entity());
        }
    }

    /**
     * "Russia's war against Ukraine", "the invasion of Georgia": an event's name that ends in a
     * preposition and a state holds that state as the event's argument. The name after the
     * preposition keeps its own entity, so rules see whom the war was waged on; the rest of the
     * phrase names the event.
     */
    private static void linkEventArguments(List<CoreLabel> tokens, int first, int last, MentionFinder finder, Map<Integer, Entity> map) {
        for (int t = first + 1; t <= last; t++) {
            if (!"IN".equals(tokens.get(t - 1).tag())) continue;
            List<String> rest = tokens.subList(t, last + 1).stream().map(CoreLabel::word).toList();
            List<Mention> named = finder.find(rest);
            if (named.size() == 1 && named.get(0).beginToken() == 0 && named.get(0).endTokenExclusive() == rest.size()
                    && named.get(0).entity().type().equals("State")) {
                for (int u = t; u <= last; u++) map.putIfAbsent(u + 1, named.get(0).entity());
            }
            return;
        }
    }

    /** People and organisations from NER that no registry mention covers. */
    private void linkRecognisedNames(CoreSentence sentence, EntityRegistry registry, Map<Integer, Entity> map) {
        List<CoreEntityMention> mentions = sentence.entityMentions();
        if (mentions == null) return;
        for (CoreEntityMention m : mentions) {
            String type = switch (m.entityType()) {
                case "PERSON" -> "Person";
                case "ORGANIZATION" -> "Organisation";
                default -> null;
            };
            if (type == null) continue;
            List<CoreLabel> toks = m.tokens();
            if (type.equals("Person") && isNamesake(toks, map)) {
                // "said Yuri Shahramanyan" is not the registry's Samvel Shahramanyan its surname matched
                Entity namesake = mint(m.text().trim(), type);
                bySurname.put(surname(namesake.label()), namesake);
                for (CoreLabel t : toks) map.put(t.index(), namesake);
                continue;
            }
            Entity introduced = type.equals("Person") && toks.size() == 1 ? bySurname.get(toks.get(0).word()) : null;
            if (introduced != null && !introduced.fromRegistry()) {
                // "Vagharshak Harutyunyan … said Harutyunyan": the person the article introduced, not the
                // registry's other Harutyunyan whose alias the bare surname matched
                map.put(toks.get(0).index(), introduced);
                continue;
            }
            if (toks.stream().anyMatch(t -> map.containsKey(t.index()))) {
                // Part of a registry name: remember a registry person's surname for later references.
                toks.stream().map(t -> map.get(t.index())).filter(e -> e != null && e.type().equals("Person"))
                        .findFirst().ifPresent(e -> bySurname.putIfAbsent(surname(e.label()), e));
                continue;
            }
            String label = m.text().trim();
            // NER now and then tags a capitalised pronoun ("He has accused …") as a person
            if (toks.size() == 1 && toks.get(0).tag() != null && toks.get(0).tag().startsWith("PRP")) continue;
            if (!Character.isUpperCase(label.charAt(0))) continue;
            Entity entity;
            Optional<Entity> office = type.equals("Organisation") ? officeOfNamedState(sentence, registry, map, toks, label) : Optional.empty();
            if (office.isPresent()) {
                for (CoreLabel t : toks) map.put(t.index(), office.get());
                continue;
            }
            if (type.equals("Person") && toks.size() == 1) {
                entity = bySurname.get(label);
                if (entity == null) entity = registryPersonBySurname(registry, label).orElse(null);
                if (entity == null) entity = mint(label, type);
            } else {
                entity = mint(label, type);
                if (type.equals("Person")) bySurname.putIfAbsent(surname(label), entity);
            }
            for (CoreLabel t : toks) map.put(t.index(), entity);
        }
    }

    /**
     * Whether a person NER found is another person than the registry person its surname matched: the
     * mention opens with a given name the registry's names of that person do not have.
     */
    private static boolean isNamesake(List<CoreLabel> toks, Map<Integer, Entity> map) {
        if (toks.size() < 2 || map.containsKey(toks.get(0).index())) return false;
        Entity matched = toks.stream().map(t -> map.get(t.index())).filter(e -> e != null).findFirst().orElse(null);
        if (matched == null || !matched.type().equals("Person")) return false;
        String given = toks.get(0).word();
        if (!Character.isUpperCase(given.charAt(0))) return false;
        return Stream.concat(Stream.of(matched.label()), matched.aliases().stream())
                .flatMap(name -> List.of(name.split("[\\s.]+")).stream())
                .noneMatch(word -> sameGivenName(word, given));
    }

    /** The same given name, allowing a misspelling that keeps its first four letters ("Vladir Putin"). */
    private static boolean sameGivenName(String a, String b) {
        if (a.equalsIgnoreCase(b)) return true;
        return a.length() >= 4 && b.length() >= 4 && a.regionMatches(true, 0, b, 0, 4);
    }

    /**
     * "the Armenian Ministry of Defense", "Azerbaijan's Foreign Ministry": NER finds the office without the
     * state named just before it; with it, the phrase may be a registry organisation's defining title.
     */
    private static Optional<Entity> officeOfNamedState(CoreSentence sentence, EntityRegistry registry, Map<Integer, Entity> map,
                                                       List<CoreLabel> toks, String label) {
        int before = toks.get(0).index() - 1; // 1-based index of the token before the mention
        List<CoreLabel> all = sentence.tokens();
        if (before >= 1 && (all.get(before - 1).word().equals("'s") || all.get(before - 1).word().equals("\u2019s"))) before--;
        if (before < 1 || map.get(before) == null) return Optional.empty();
        String state = all.get(before - 1).word();
        return registry.resolveRole(state + " " + label, Optional.empty()).filter(e -> e.type().equals("Organisation"));
    }

    private static Optional<Entity> registryPersonBySurname(EntityRegistry registry, String surname) {
        List<Entity> hits = registry.entities().stream()
                .filter(e -> e.type().equals("Person") && surname(e.label()).equals(surname))
                .sorted(Comparator.comparing(Entity::key)).toList();
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    /** An entity for a name the registry does not know; one per label and article. */
    Entity mint(String label, String type) {
        return minted.computeIfAbsent(slug(label), key -> new Entity(key, label, type, Optional.empty(), List.of(), false));
    }

    private static String surname(String label) {
        String[] parts = label.trim().split("\\s+");
        return parts[parts.length - 1];
    }

    /** A stable IRI-safe key: lower-case ASCII words joined by hyphens. */
    static String slug(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "entity" : s;
    }
}
