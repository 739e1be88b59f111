package org.conflictkg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.conflictkg.extract.registry.EntityRegistry;

/** Resolves parse nodes to the entities they refer to, shared by the relation rules and quotations. */
final class NodeResolver {

    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their");
    /** How many words after a title its holder's name may come ("the spokeswoman of the Armenian Foreign Ministry Anna …"). */
    private static final int TITLE_REACH = 9;
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which");
    /** How a place noun names its place: "the region of X", "X's border", "towns inside X". */
    private static final Set<String> GEO_LINKS = Set.of("nmod:of", "nmod:poss", "nmod:in", "nmod:inside", "nmod:across", "nmod:from");
    private static final Set<String> ORGANISATION_TYPES = Set.of("Organisation");

    /** What "the region", "the enclave" refer back to. */
    private static final Set<String> ANAPHORIC_PLACE_TYPES = Set.of("Region", "DeFactoState");

    private final EntityRegistry registry;
    private final Lexicon lexicon;
    /** A word of the lexicon's {@code body-of-states-word}, whole, in a name. */
    private final Pattern bodyOfStates;

    NodeResolver(EntityRegistry registry, Lexicon lexicon) {
        this.registry = registry;
        this.lexicon = lexicon;
        this.bodyOfStates = anyWholeWord(lexicon.words("body-of-states-word"));
    }

    /**
     * The entities a parse node refers to: the entity its token names; for a title ("the Kremlin
     * spokesman") the person who held it then; for "both sides" and the like, the article's two
     * parties; otherwise what an apposition, a compound or an "of" complement of a place noun names.
     */
    List<Entity> resolve(ArticleScope scope, int s, IndexedWord node) {
        Set<Entity> out = new LinkedHashSet<>();
        resolveInto(scope, s, node, out, 0);
        return List.copyOf(out);
    }

    private void resolveInto(ArticleScope scope, int s, IndexedWord node, Set<Entity> out, int depth) {
        SemanticGraph g = scope.graph(s);
        String lemma = node.lemma() == null ? node.word().toLowerCase() : node.lemma().toLowerCase();
        // NER may take "the Ministry" for a name; a name that is just the head word of one refers back
        Optional<Entity> direct = scope.entities().at(s, node.index())
                .filter(e -> e.fromRegistry() || !(e.label().equalsIgnoreCase(lemma) && lexicon.has("organisation-head", lemma)));
        if (direct.isPresent()) {
            out.add(direct.get());
            return;
        }
        // "launched its offensive on Sept. 19, 2023, Moscow …": what hangs off a date is not what it names
        if (depth > 2 || "DATE".equals(node.ner())) return;
        // before the pair nouns: "the three states" are not the two parties
        if (lexicon.has("collective-noun", lemma) && isDefinite(g, node)) {
            OptionalInt size = countOf(scope, s, g, node);
            if (size.isPresent() && size.getAsInt() >= 3) {
                CoreLabel t = scope.tokens(s).get(node.index() - 1);
                scope.entities().lastEnumeration(s, t.index(), size.getAsInt()).ifPresent(out::addAll);
                return;
            }
        }
        // "Armenia has accused its neighbour", "Baku and its arch-foe": one party's counterpart is the other
        if (lexicon.has("counterpart-noun", lemma) && "NN".equals(node.tag()) && !hasDependent(g, node, "appos", "compound")) {
            Optional<IndexedWord> owner = dependent(g, node, "nmod:poss");
            if (owner.isPresent()) {
                List<Entity> parties = scope.entities().parties();
                List<Entity> owners = resolve(scope, s, owner.get());
                if (parties.size() == 2 && owners.size() == 1 && parties.contains(owners.get(0)))
                    out.add(parties.get(0).equals(owners.get(0)) ? parties.get(1) : parties.get(0));
                return;
            }
        }
        // "selling arms to both": the determiner standing alone for the pair
        if (lemma.equals("both") && isNominalDependent(g, node)) {
            out.addAll(scope.entities().parties());
            return;
        }
        // "Russia and Turkey back different sides": one side each, and the text does not say which
        if (lexicon.has("pair-noun", lemma) && hasModifierFrom(g, node, "distributive-adjective")) return;
        if (lexicon.has("pair-noun", lemma) && (hasPairDeterminer(g, node) || isBarePlural(g, node, lemma))) {
            out.addAll(scope.entities().parties());
            return;
        }
        if (POSSESSIVE_PRONOUNS.contains(lemma)) {
            // "Yerevan's decision on its participation", "Armenia's alliance with Russia and its CSTO
            // membership": the owner named on the noun the pronoun's phrase completes; "Turkey stated that
            // Azerbaijan has its full support": the reporter; "Azerbaijan launched its offensive": otherwise
            // the clause's subject
            enclosingPossessor(g, node).or(() -> reporterAbove(g, node)).or(() -> clauseSubject(g, node))
                    .ifPresent(r -> resolveInto(scope, s, r, out, depth + 1));
            return;
        }
        if (PRONOUNS.contains(lemma)) {
            Optional<IndexedWord> reporter = reportingSubject(g, node).or(() -> earlierConjunctSubject(g, node));
            if (reporter.isPresent()) resolveInto(scope, s, reporter.get(), out, depth + 1);
            else if (s > 0 && (isSubject(g, node) || lemma.equals("it") && isPrepositionalComplement(g, node)))
                previousSubject(scope, s - 1, lemma).ifPresent(out::add);
            return;
        }
        if ("NNS".equals(node.tag()) && (lexicon.has("organisation-head", lemma) || lexicon.has("forces-noun", lemma))) {
            // "the defence ministries of Yerevan and Baku", "the Armenian and Azerbaijani militaries", "the
            // two defence ministries": the bodies of several states stand for those states
            List<Entity> states = new ArrayList<>();
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
                String rel = e.getRelation().toString();
                if (!rel.equals("nmod:of") && !rel.equals("amod")) continue;
                for (Entity named : resolve(scope, s, e.getDependent()))
                    if (named.type().equals("State") && !states.contains(named)) states.add(named);
            }
            if (states.size() >= 2) {
                out.addAll(states);
                return;
            }
            if (states.isEmpty() && hasNumeralTwo(g, node)) {
                out.addAll(scope.entities().parties());
                return;
            }
        }
        if (lexicon.has("anaphoric-organisation", lemma) && isDefinite(g, node) && !namesItsPlace(scope, s, node)) {
            CoreLabel t = scope.tokens(s).get(node.index() - 1);
            // "Armenia was leaving the alliance, Reuters reported": an alliance or bloc is a body its
            // names call one, not the news agency named last
            Optional<Entity> body = lexicon.has("alliance-noun", lemma) ? lastOrganisationNamedWith(scope, s, t, bodyOfStates) : Optional.empty();
            body.or(() -> scope.entities().lastMentioned(s, t.index(), ORGANISATION_TYPES)).ifPresent(out::add);
            return;
        }
        if (lexicon.has("organisation-head", lemma) && isDefinite(g, node) && !namesItsPlace(scope, s, node) && !hasModifier(g, node)) {
            CoreLabel t = scope.tokens(s).get(node.index() - 1);
            Pattern word = wholeWord(lemma);
            lastOrganisationNamedWith(scope, s, t, word).ifPresent(out::add);
            return;
        }
        if (lexicon.has("statement-noun", lemma)) {
            Optional<Entity> issuer = namedIssuer(scope, s, g, node);
            if (issuer.isEmpty() && isDefinite(g, node)) issuer = issuerOf(scope, s, node);
            issuer.ifPresent(out::add);
            return;
        }
        if (lexicon.has("anaphoric-place", lemma) && isDefinite(g, node) && !namesItsPlace(scope, s, node)) {
            CoreLabel t = scope.tokens(s).get(node.index() - 1);
            scope.entities().mostMentioned(s, t.index(), ANAPHORIC_PLACE_TYPES).ifPresent(out::add);
            return;
        }
        if (isRelativePronoun(node)) {
            antecedent(g, node).ifPresent(a -> resolveInto(scope, s, a, out, depth + 1));
            return;
        }
        String phrase = phrase(scope, s, node);
        Optional<Entity> role = registry.resolveRole(phrase, scope.published())
                .or(() -> (isDefinite(g, node) || hasPossessor(g, node)) && lexicon.has("role-noun", lemma)
                        ? namedAfter(scope, s, node).or(() -> titledEarlier(scope, s, node, phrase)) : Optional.empty());
        if (role.isPresent()) {
            out.add(role.get());
            return;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            boolean follow = rel.equals("appos") || rel.equals("compound")
                    || (GEO_LINKS.contains(rel) && (lexicon.has("geo-head", lemma) || lexicon.has("people-noun", lemma)))
                    // "the co-chairs of the Minsk Group - Russia, France and the United States -"
                    || (rel.equals("nmod:of") && lexicon.has("collective-noun", lemma) && !lexicon.has("relational-noun", lemma))
                    || ((rel.equals("amod") || rel.equals("nmod:poss")) && lexicon.has("forces-noun", lemma));
            if (follow) resolveInto(scope, s, e.getDependent(), out, depth + 1);
        }
        // "its ally Turkey": the name is the apposition's head when the parse attaches it the other way
        for (SemanticGraphEdge e : g.incomingEdgeIterable(node)) {
            if (e.getRelation().toString().equals("appos")) {
                Optional<Entity> gov = scope.entities().at(s, e.getGovernor().index());
                gov.ifPresent(out::add);
            }
        }
        if (out.isEmpty() && lexicon.has("forces-noun", lemma) && isDefinite(g, node)) earlierForcesOwner(scope, s, node).ifPresent(out::add);
    }

    /**
     * "…, the Russian president said", "the Minister added": a definite title refers back to the person
     * the article last named who holds it, by the registry's roles (whatever the date) or by the title
     * the article put before the name ("Foreign Minister Mevlut Cavusoglu").
     */
    private Optional<Entity> titledEarlier(ArticleScope scope, int s, IndexedWord node, String phrase) {
        Set<Entity> holders = registry.everHeldRole(phrase);
        Set<Entity> titled = introducedWithTitle(scope, node.lemma());
        // "the Russian minister said" after "Foreign Ministers Lavrov and Mirzoyan": a person known to
        // serve another state is not the one the title's state names
        Set<String> states = registry.anchorsOfTitle(phrase);
        CoreLabel t = scope.tokens(s).get(node.index() - 1);
        return scope.entities().lastMentioned(s, t.index(),
                e -> e.type().equals("Person") && (holders.contains(e) || titled.contains(e) && servesAny(e, states)));
    }

    private boolean servesAny(Entity person, Set<String> states) {
        Set<String> served = registry.servedBy(person);
        return states.isEmpty() || served.isEmpty() || served.stream().anyMatch(states::contains);
    }

    /**
     * "Azerbaijan's President Ilham Aliyev accused …" when the parser leaves the name a bare dependent of
     * the title: the person it names.
     */
    private static Optional<Entity> namedAfter(ArticleScope scope, int s, IndexedWord title) {
        for (SemanticGraphEdge e : scope.graph(s).outgoingEdgeIterable(title)) {
            if (!e.getRelation().toString().equals("dep")) continue;
            Optional<Entity> named = scope.entities().at(s, e.getDependent().index());
            if (named.isPresent() && named.get().type().equals("Person")) return named;
        }
        return Optional.empty();
    }

    private static boolean hasPossessor(SemanticGraph g, IndexedWord node) {
        return hasDependent(g, node, "nmod:poss");
    }

    /** The people the article names with the title word before the name ("President Aliyev"). */
    private static Set<Entity> introducedWithTitle(ArticleScope scope, String titleLemma) {
        Set<Entity> people = new HashSet<>();
        for (int k = 0; k < scope.sentences().size(); k++) {
            for (SemanticGraphEdge e : scope.graph(k).edgeIterable()) {
                String rel = e.getRelation().toString();
                if ((rel.equals("compound") || rel.equals("appos")) && titleLemma.equalsIgnoreCase(e.getDependent().lemma()))
                    scope.entities().at(k, e.getGovernor().index()).ifPresent(people::add);
            }
            // "the spokeswoman of the Armenian Foreign Ministry Anna Nagdalyan": the first person named in
            // the words right after the title, before any verb
            List<CoreLabel> tokens = scope.tokens(k);
            for (int i = 0; i < tokens.size(); i++) {
                if (!titleLemma.equalsIgnoreCase(tokens.get(i).lemma())) continue;
                for (int j = i + 1; j < Math.min(tokens.size(), i + 1 + TITLE_REACH); j++) {
                    if (tokens.get(j).tag() != null && tokens.get(j).tag().startsWith("VB")) break;
                    Optional<Entity> named = scope.entities().at(k, j + 1).filter(en -> en.type().equals("Person"));
                    if (named.isPresent()) {
                        people.add(named.get());
                        break;
                    }
                }
            }
        }
        return people;
    }

    /** Whether the word is tagged as a verb of any form. */
    static boolean isVerb(IndexedWord word) {
        return word.tag() != null && word.tag().startsWith("VB");
    }

    /** "who", "which", and "that" where it opens a relative clause. */
    static boolean isRelativePronoun(IndexedWord node) {
        String lemma = node.lemma() == null ? node.word().toLowerCase() : node.lemma().toLowerCase();
        return RELATIVE_PRONOUNS.contains(lemma) || lemma.equals("that") && "WDT".equals(node.tag());
    }

    /**
     * What a relative pronoun stands for: the noun its clause modifies ("Turkey, which is an ally of
     * Azerbaijan"; "Erdogan, who said …"), by the parse's ref edge or the clause's attachment.
     */
    static Optional<IndexedWord> antecedent(SemanticGraph g, IndexedWord pronoun) {
        for (SemanticGraphEdge e : g.incomingEdgeIterable(pronoun)) {
            if (e.getRelation().toString().equals("ref")) return Optional.of(e.getGovernor());
        }
        for (SemanticGraphEdge toClause : g.incomingEdgeIterable(pronoun)) {
            if (!toClause.getRelation().toString().startsWith("nsubj")) continue;
            for (SemanticGraphEdge up : g.incomingEdgeIterable(toClause.getGovernor())) {
                String rel = up.getRelation().toString();
                boolean nounGovernor = up.getGovernor().tag() != null && up.getGovernor().tag().startsWith("NN");
                if (nounGovernor && (rel.startsWith("acl") || rel.equals("dep") || rel.equals("appos") || rel.equals("parataxis")))
                    return Optional.of(up.getGovernor());
            }
        }
        return Optional.empty();
    }

    /**
     * "Russian peacekeepers were deployed … Armenians accused the peacekeepers of standing by": a
     * definite forces noun with no state of its own is the forces named earlier with the same noun.
     */
    private Optional<Entity> earlierForcesOwner(ArticleScope scope, int s, IndexedWord node) {
        for (int k = s; k >= 0; k--) {
            List<IndexedWord> words = scope.graph(k).vertexListSorted();
            for (int i = words.size() - 1; i >= 0; i--) {
                IndexedWord w = words.get(i);
                if (k == s && w.index() >= node.index() || !node.lemma().equalsIgnoreCase(w.lemma())) continue;
                for (SemanticGraphEdge e : scope.graph(k).outgoingEdgeIterable(w)) {
                    String rel = e.getRelation().toString();
                    if (!rel.equals("amod") && !rel.equals("nmod:poss")) continue;
                    Optional<Entity> owner = scope.entities().at(k, e.getDependent().index());
                    if (owner.isPresent() && owner.get().type().equals("State")) return owner;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "The ministry said that it urges…": a pronoun subject of a clause reported by a verb of saying
     * is that verb's subject.
     */
    private Optional<IndexedWord> reportingSubject(SemanticGraph g, IndexedWord pronoun) {
        for (SemanticGraphEdge toClause : g.incomingEdgeIterable(pronoun)) {
            if (!toClause.getRelation().toString().startsWith("nsubj")) continue;
            for (SemanticGraphEdge up : g.incomingEdgeIterable(toClause.getGovernor())) {
                if (!up.getRelation().toString().startsWith("ccomp") || !lexicon.has("report-verb", up.getGovernor().lemma())) continue;
                Optional<IndexedWord> reporter = namedSubject(g, up.getGovernor());
                if (reporter.isPresent()) return reporter;
            }
        }
        return Optional.empty();
    }

    /**
     * "Moscow says it wants a deal, but it has also been arming both sides": a pronoun subject of a
     * clause conjoined to an earlier one is that clause's subject (or whom its pronoun stands for).
     */
    private Optional<IndexedWord> earlierConjunctSubject(SemanticGraph g, IndexedWord pronoun) {
        for (SemanticGraphEdge toClause : g.incomingEdgeIterable(pronoun)) {
            if (!toClause.getRelation().toString().startsWith("nsubj")) continue;
            IndexedWord clause = toClause.getGovernor();
            for (SemanticGraphEdge up : g.incomingEdgeIterable(clause)) {
                String rel = up.getRelation().toString();
                // "Russia has an alliance with Armenia; however, it also arms Azerbaijan": a clause after a
                // semicolon is parataxis (not "…, it said", which reports someone named elsewhere)
                boolean joined = rel.startsWith("conj") || rel.equals("parataxis") && !lexicon.has("report-verb", clause.lemma());
                if (!joined) continue;
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(up.getGovernor())) {
                    if (!e.getRelation().toString().startsWith("nsubj") || e.getDependent().equals(pronoun)) continue;
                    IndexedWord subject = e.getDependent();
                    if (!PRONOUNS.contains(subject.word().toLowerCase())) return Optional.of(subject);
                    return reportingSubject(g, subject);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The subject of the reporting verb whose reported clause holds {@code word}, a few steps up
     * ("Turkey stated that Azerbaijan has its support": Turkey), when that subject is not a pronoun.
     */
    private Optional<IndexedWord> reporterAbove(SemanticGraph g, IndexedWord word) {
        IndexedWord node = word;
        for (int depth = 0; depth < 4; depth++) {
            SemanticGraphEdge up = null;
            for (SemanticGraphEdge e : g.incomingEdgeIterable(node)) up = e;
            if (up == null) return Optional.empty();
            if (up.getRelation().toString().startsWith("ccomp") && lexicon.has("report-verb", up.getGovernor().lemma()))
                return namedSubject(g, up.getGovernor());
            node = up.getGovernor();
        }
        return Optional.empty();
    }

    /**
     * The named possessor of a noun that the possessive pronoun's own noun completes (through "on",
     * "with", "of" … up to two nouns up): "Yerevan's final decision on its participation".
     */
    private static Optional<IndexedWord> enclosingPossessor(SemanticGraph g, IndexedWord pronoun) {
        IndexedWord noun = g.getParent(pronoun);
        for (int up = 0; noun != null && up < 2; up++) {
            IndexedWord governor = null;
            for (SemanticGraphEdge e : g.incomingEdgeIterable(noun)) {
                String rel = e.getRelation().toString();
                if (rel.startsWith("nmod:") && !rel.equals("nmod:poss")) governor = e.getGovernor();
            }
            if (governor == null) return Optional.empty();
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(governor)) {
                IndexedWord owner = e.getDependent();
                if (e.getRelation().toString().equals("nmod:poss") && owner.tag() != null && !owner.tag().startsWith("PRP"))
                    return Optional.of(owner);
            }
            noun = governor;
        }
        return Optional.empty();
    }

    /**
     * The subject of the clause a possessive pronoun sits in, for "Azerbaijan launched its offensive",
     * "Armenia is squeezed between its antagonists". Not when the pronoun is inside the subject, nor
     * when the verb has another object, which the pronoun may as well refer to ("Russia criticised
     * Armenia for its decision").
     */
    private static Optional<IndexedWord> clauseSubject(SemanticGraph g, IndexedWord pronoun) {
        IndexedWord below = pronoun;
        for (int depth = 0; depth < 3; depth++) {
            IndexedWord up = g.getParent(below);
            if (up == null) return Optional.empty();
            Optional<IndexedWord> subject = Optional.empty();
            boolean otherObject = false;
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(up)) {
                String rel = e.getRelation().toString();
                if ((rel.equals("nsubj") || rel.equals("nsubj:pass")) && subject.isEmpty()) subject = Optional.of(e.getDependent());
                if ((rel.equals("obj") || rel.equals("iobj")) && !e.getDependent().equals(below)) otherObject = true;
            }
            if (subject.isPresent()) {
                boolean insideSubject = subject.get().equals(below);
                boolean pronounSubject = PRONOUNS.contains(subject.get().word().toLowerCase());
                return insideSubject || otherObject || pronounSubject ? Optional.empty() : subject;
            }
            below = up;
        }
        return Optional.empty();
    }

    /** The verb's nominal subject, unless it is a pronoun. */
    private static Optional<IndexedWord> namedSubject(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            if (e.getRelation().toString().equals("nsubj") && !PRONOUNS.contains(e.getDependent().word().toLowerCase()))
                return Optional.of(e.getDependent());
        }
        return Optional.empty();
    }

    private static Pattern wholeWord(String word) {
        return anyWholeWord(Set.of(word));
    }

    private static Pattern anyWholeWord(Set<String> words) {
        String alternatives = words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("\\b(?:" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    /** The organisation mentioned last before the token whose label or an alias has the word. */
    private static Optional<Entity> lastOrganisationNamedWith(ArticleScope scope, int s, CoreLabel before, Pattern word) {
        return scope.entities().lastMentioned(s, before.index(), e -> ORGANISATION_TYPES.contains(e.type()) && namedWith(e, word));
    }

    /** Whether the entity's label or an alias has the word ("Ministry of Foreign Affairs" for "ministry"). */
    private static boolean namedWith(Entity e, Pattern word) {
        return word.matcher(e.label()).find() || e.aliases().stream().anyMatch(a -> word.matcher(a).find());
    }

    /** "the Russian ministry", "the ministry's statement" name their own organisation: not a back-reference. */
    private static boolean hasModifier(SemanticGraph g, IndexedWord node) {
        return hasDependent(g, node, "amod", "compound", "nmod:poss");
    }

    /**
     * The issuer a statement's own phrase names: "the ministry's statement", "a statement of / from /
     * by the Kremlin".
     */
    private Optional<Entity> namedIssuer(ArticleScope scope, int s, SemanticGraph g, IndexedWord statement) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(statement)) {
            if (!e.getRelation().toString().matches("nmod:(poss|of|from|by)")) continue;
            List<Entity> named = resolve(scope, s, e.getDependent());
            if (!named.isEmpty()) return Optional.of(named.get(0));
        }
        return Optional.empty();
    }

    /**
     * "X said in a statement … . '…,' the statement read": the issuer of a statement is the subject of
     * the last clause before it, in this sentence or the three before, that says so ("in a statement",
     * "issued / released a statement"); failing that, whoever the three sentences before report as saying something.
     */
    private Optional<Entity> issuerOf(ArticleScope scope, int s, IndexedWord statement) {
        for (int k = s; k >= Math.max(0, s - 3); k--) {
            SemanticGraph g = scope.graph(k);
            Optional<Entity> found = Optional.empty();
            for (SemanticGraphEdge e : g.edgeIterable()) {
                IndexedWord noun = e.getDependent();
                if (k == s && noun.index() >= statement.index() || !lexicon.has("statement-noun", noun.lemma().toLowerCase())) continue;
                String rel = e.getRelation().toString();
                if (!rel.equals("obj") && !rel.startsWith("obl:in") && !rel.startsWith("nmod:in")) continue;
                Optional<Entity> issuer = subjectEntity(scope, k, e.getGovernor(), true);
                if (issuer.isPresent()) found = issuer;
            }
            if (found.isPresent()) return found;
        }
        // "… , the organisation said on its website. '…,' the statement reads": whoever reported last
        for (int k = s - 1; k >= Math.max(0, s - 3); k--) {
            SemanticGraph g = scope.graph(k);
            Optional<Entity> found = Optional.empty();
            for (IndexedWord verb : g.vertexListSorted()) {
                if (!lexicon.has("report-verb", verb.lemma()) || scope.insideQuotation(k, verb)) continue;
                Optional<Entity> reporter = subjectEntity(scope, k, verb, false);
                if (reporter.isPresent()) found = reporter;
            }
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    /**
     * The first entity the clause's last resolvable subject names; {@code passiveToo} counts passive
     * and controlled subjects ({@code nsubj:pass}, {@code nsubj:xsubj}) as well.
     */
    private Optional<Entity> subjectEntity(ArticleScope scope, int s, IndexedWord clause, boolean passiveToo) {
        Optional<Entity> found = Optional.empty();
        for (SemanticGraphEdge sub : scope.graph(s).outgoingEdgeIterable(clause)) {
            String rel = sub.getRelation().toString();
            if (passiveToo ? !rel.startsWith("nsubj") : !rel.equals("nsubj")) continue;
            List<Entity> named = resolve(scope, s, sub.getDependent());
            if (!named.isEmpty()) found = Optional.of(named.get(0));
        }
        return found;
    }

    /** "Armenia is part of it": a pronoun after a preposition. */
    private static boolean isPrepositionalComplement(SemanticGraph g, IndexedWord node) {
        for (SemanticGraphEdge e : g.incomingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("nmod:") || rel.startsWith("obl:")) return true;
        }
        return false;
    }

    private static boolean isSubject(SemanticGraph g, IndexedWord node) {
        for (SemanticGraphEdge e : g.incomingEdgeIterable(node)) {
            if (e.getRelation().toString().startsWith("nsubj")) return true;
        }
        return false;
    }

    /**
     * "Azerbaijan … . It accuses Armenia of …": a subject pronoun continues the previous sentence's
     * subject, when that is an entity a pronoun of this kind can stand for.
     */
    private Optional<Entity> previousSubject(ArticleScope scope, int s, String pronoun) {
        SemanticGraph g = scope.graph(s);
        for (IndexedWord root : g.getRoots()) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(root)) {
                if (!e.getRelation().toString().startsWith("nsubj")) continue;
                Optional<Entity> subject = scope.entities().at(s, e.getDependent().index());
                boolean person = subject.map(x -> x.type().equals("Person")).orElse(false);
                boolean fits = pronoun.equals("they") || (pronoun.equals("it") ? !person : person);
                if (subject.isPresent() && fits) return subject;
            }
        }
        return Optional.empty();
    }

    /** Whether the word stands as a noun phrase of its own: a subject, an object or a preposition's object. */
    private static boolean isNominalDependent(SemanticGraph g, IndexedWord node) {
        for (SemanticGraphEdge e : g.incomingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("obj") || rel.startsWith("obl") || rel.startsWith("nsubj") || rel.startsWith("nmod")) return true;
        }
        return false;
    }

    /** Whether an adjective on the noun is a word of the lexicon category. */
    private boolean hasModifierFrom(SemanticGraph g, IndexedWord node, String category) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(node))
            if (e.getRelation().toString().equals("amod") && lexicon.has(category, e.getDependent().lemma())) return true;
        return false;
    }

    /** "Moscow avoided taking sides": a bare plural pair noun means the two parties. */
    private static boolean isBarePlural(SemanticGraph g, IndexedWord node, String lemma) {
        if (!lemma.equals("side") || node.tag() == null || !node.tag().equals("NNS")) return false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
            if (e.getRelation().toString().equals("det") || e.getRelation().toString().equals("nmod:poss")) return false;
        }
        return true;
    }

    /** The number a noun is counted by ("the three powers"), from its number modifier's normalised value. */
    private static OptionalInt countOf(ArticleScope scope, int s, SemanticGraph g, IndexedWord node) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
            if (!e.getRelation().toString().equals("nummod")) continue;
            String norm = scope.tokens(s).get(e.getDependent().index() - 1).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            if (norm == null) continue;
            try {
                double n = Double.parseDouble(norm);
                if (n == Math.rint(n)) return OptionalInt.of((int) n);
            } catch (NumberFormatException notANumber) {
                // a range or an ordinal: not a count of the group
            }
        }
        return OptionalInt.empty();
    }

    static boolean isDefinite(SemanticGraph g, IndexedWord node) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
            if (e.getRelation().toString().equals("det") && e.getDependent().word().equalsIgnoreCase("the")) return true;
        }
        return false;
    }

    /** "the region of Nagorno-Karabakh" names its place; "the region of 150,000 people" does not. */
    private static boolean namesItsPlace(ArticleScope scope, int s, IndexedWord node) {
        for (SemanticGraphEdge e : scope.graph(s).outgoingEdgeIterable(node)) {
            if (e.getRelation().toString().equals("nmod:of") && scope.entities().at(s, e.getDependent().index()).isPresent()) return true;
        }
        return false;
    }

    /** Whether the node has a dependent by one of the relations. */
    private static boolean hasDependent(SemanticGraph g, IndexedWord node, String... relations) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(node))
            if (List.of(relations).contains(e.getRelation().toString())) return true;
        return false;
    }

    /** The node's first dependent by the relation. */
    private static Optional<IndexedWord> dependent(SemanticGraph g, IndexedWord node, String relation) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(node))
            if (e.getRelation().toString().equals(relation)) return Optional.of(e.getDependent());
        return Optional.empty();
    }

    private static boolean hasNumeralTwo(SemanticGraph g, IndexedWord node) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(node))
            if (e.getRelation().toString().equals("nummod") && e.getDependent().word().equalsIgnoreCase("two")) return true;
        return false;
    }

    private boolean hasPairDeterminer(SemanticGraph g, IndexedWord node) {
        boolean plural = node.tag() != null && node.tag().endsWith("S");
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
            String w = e.getDependent().word().toLowerCase();
            if (lexicon.has("pair-determiner", w)) return true;
            // "the ex-Soviet republics", "the neighbours": a definite plural pair noun
            if (plural && w.equals("the")) return true;
        }
        return false;
    }

    /** The words of a node's noun phrase, without clauses, for role and event look-ups. */
    static String phrase(ArticleScope scope, int s, IndexedWord node) {
        SemanticGraph g = scope.graph(s);
        Set<Integer> idx = new java.util.TreeSet<>();
        collectPhrase(g, node, idx);
        List<CoreLabel> tokens = scope.tokens(s);
        return idx.stream().map(i -> tokens.get(i - 1).word()).collect(Collectors.joining(" "));
    }

    private static void collectPhrase(SemanticGraph g, IndexedWord node, Set<Integer> idx) {
        idx.add(node.index());
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            if (rel.equals("compound") || rel.equals("amod") || rel.equals("det") || rel.startsWith("nmod") && !rel.equals("nmod:since")
                    || rel.equals("nummod") || rel.equals("case") && idx.contains(e.getGovernor().index()) && !e.getGovernor().equals(node)) {
                if (e.getDependent().index() != node.index() && !idx.contains(e.getDependent().index()))
                    collectPhrase(g, e.getDependent(), idx);
            }
        }
    }

}
