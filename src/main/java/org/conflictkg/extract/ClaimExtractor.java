package org.conflictkg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.conflictkg.corpus.PartialDate;
import org.conflictkg.extract.registry.EntityRegistry;
import org.conflictkg.extract.registry.EventInfo;
import org.conflictkg.extract.registry.EventResolver;
import org.conflictkg.extract.registry.MentionFinder;
import org.conflictkg.nlp.AnnotatedArticle;

/**
 * Turns an annotated article into the claims it makes, by the Semgrex rules of {@link RuleBook}, the
 * quotation attribution of {@link QuoteExtractor} and the shared discourse rules here: entity linking,
 * references back to the two parties, negation and its scope, elliptic negation ("X is a member, while
 * Y is not"), casualty figures and the events they belong to, and time.
 * <pre>
 *   ClaimExtractor extractor = new ClaimExtractor(EntityRegistry.fromClasspath());
 *   ArticleClaims result = extractor.extract(nlp.annotate(article));
 * </pre>
 * Thread-safe: all state of one article lives in the call.
 */
public final class ClaimExtractor {

    /** Version of the rules and code, recorded on every claim. */
    public static final String VERSION = "0.1.0";

    static final String ELLIPSIS_RULE = "ellipsis#negative-copy";
    /** Prepositions that make an event the point a time is counted from or to. */
    private static final Set<String> REFERENCE_MARKS = Set.of("since", "after", "before", "until", "till");
    /** What "that war" or "this offensive" can point back to: events that are fought, not agreements. */
    private static final Set<String> REFERABLE_EVENT_TYPES = Set.of("War", "Clash", "MilitaryOperation", "Conflict");
    private static final java.util.regex.Pattern NORMALISED_NUMBER = java.util.regex.Pattern.compile("(>=|<=|>|<|~)?(\\d+)(?:\\.0+)?");

    /** Separates, in a claim's extractor, the rule from the knowledge it was combined with. */
    static final String INFERRED = " => ";

    private final EntityRegistry registry;
    private final MentionFinder mentionFinder;
    private final EventResolver eventResolver;
    private final RuleBook rules;
    private final Lexicon lexicon;
    private final NodeResolver nodes;
    private final QuoteExtractor quotes;
    private final Signatures signatures;
    private final Entailments entailments;
    /** Regions and deployments that stand for an actor where only an actor fits (lexicon {@code region-actor}, {@code deployment-actor}). */
    private final Map<String, Entity> standInActors = new HashMap<>();

    public ClaimExtractor(EntityRegistry registry) {
        this.registry = registry;
        this.mentionFinder = new MentionFinder(registry);
        this.eventResolver = new EventResolver(registry);
        this.rules = RuleBook.loadDefault();
        this.lexicon = Lexicon.loadDefault();
        this.nodes = new NodeResolver(registry, lexicon);
        this.signatures = Signatures.loadDefault();
        this.entailments = Entailments.loadDefault(registry, registry::isFocusSide);
        this.quotes = new QuoteExtractor(lexicon, nodes);
        for (String category : List.of("region-actor", "deployment-actor")) {
            lexicon.entries(category).forEach((standIn, actor) -> {
                if (registry.byKey(standIn).isEmpty() && registry.event(standIn).isEmpty())
                    throw new IllegalStateException("lexicon.tsv: " + category + ": no entity or event '" + standIn + "' in the registry");
                standInActors.put(standIn, registry.byKey(actor)
                        .orElseThrow(() -> new IllegalStateException("lexicon.tsv: " + category + " " + standIn + ": no entity '" + actor + "' in the registry")));
            });
        }
    }

    /** The claims of one article, its sentences and the entities it names that the registry does not list. */
    public ArticleClaims extract(AnnotatedArticle annotated) {
        ArticleEntities entities = new ArticleEntities(annotated, registry, mentionFinder);
        Optional<PartialDate> published = annotated.article().metadata().published();
        ArticleScope scope = new ArticleScope(annotated, entities, new TimeNormaliser(published), published);
        Map<String, Claim> claims = new LinkedHashMap<>();
        List<CoreSentence> sentences = annotated.document().sentences();
        List<Claim> previousSentence = List.of();
        for (int s = 0; s < sentences.size(); s++) {
            List<Claim> found = new ArrayList<>();
            // A question ("Which side is Russia backing?") asserts nothing.
            if (scope.sentence(s).text().strip().endsWith("?")) {
                previousSentence = found;
                continue;
            }
            for (RuleBook.Rule rule : rules.all()) found.addAll(applyRule(scope, s, rule));
            found.addAll(ellipticNegations(scope, s, found, previousSentence));
            found.addAll(entailments.entailedBy(found));
            for (Claim c : withoutUndatedTwins(found)) claims.putIfAbsent(identity(c), c);
            previousSentence = found;
        }
        for (Claim c : quotes.extract(scope)) claims.putIfAbsent(identity(c), c);
        Set<String> stated = claims.values().stream().filter(c -> !isInferred(c)).map(ClaimExtractor::fact).collect(Collectors.toSet());
        claims.values().removeIf(c -> isInferred(c) && stated.contains(fact(c)));
        List<SentenceSpan> spans = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            spans.add(new SentenceSpan(i, sentences.get(i).charOffsets().first(), sentences.get(i).charOffsets().second()));
        }
        return new ArticleClaims(annotated.article(), spans, List.copyOf(claims.values()), entities.mintedEntities());
    }

    /**
     * Two rules may read one claim off a sentence, one with the time its cue carries and one without
     * (the fighting between rivals X and Y "since 2021", and the rivals X and Y): the undated twin says
     * nothing the dated one does not.
     */
    private static List<Claim> withoutUndatedTwins(List<Claim> found) {
        Set<String> dated = found.stream().filter(c -> c.time().isPresent()).map(c -> identity(c, false)).collect(Collectors.toSet());
        return found.stream().filter(c -> c.time().isPresent() || !dated.contains(identity(c, false))).toList();
    }

    /**
     * A claim read off the text with knowledge from elsewhere (an entailment, the registry's place of a
     * deployment): its extractor names the rule and, after {@link #INFERRED}, that knowledge. It yields to
     * a claim the text makes outright about the same fact, which has its own words and time.
     */
    static boolean isInferred(Claim c) {
        return c.extractor().contains(INFERRED);
    }

    /** What makes two claims of one article the same claim (rules overlap; keep the first). */
    private static String identity(Claim c) {
        return identity(c, true);
    }

    private static String identity(Claim c, boolean withTime) {
        return fact(c) + "|" + (withTime ? c.time().map(TimeSpec::toString).orElse("") : "") + "|" + c.evidence().sentenceIndex();
    }

    /** What a claim says, wherever and whenever: relation, its two ends (in either order when symmetric), polarity. */
    private static String fact(Claim c) {
        String a = c.subject().key();
        String b = c.object().key();
        if (c.relation().symmetric() && a.compareTo(b) > 0) {
            String t = a;
            a = b;
            b = t;
        }
        return c.relation() + "|" + a + "|" + b + "|" + c.polarity();
    }

    private List<Claim> applyRule(ArticleScope scope, int s, RuleBook.Rule rule) {
        SemanticGraph graph = scope.graph(s);
        List<Claim> out = new ArrayList<>();
        SemgrexMatcher m = rule.pattern().matcher(graph);
        while (m.find()) {
            IndexedWord cue = m.getNode(RuleBook.CUE);
            IndexedWord body = m.getNode(RuleBook.BODY);
            if (body != null && nodes.resolve(scope, s, body).stream().noneMatch(e -> lexicon.has("mediating-body", e.key()))) continue;
            IndexedWord subjectNode = m.getNode(RuleBook.SUBJECT);
            // a speaker's words are quotes, not the article's claims; but the article's own subject with a
            // quoted predicate is its claim ("Russia is 'ready to act as a mediator', Medvedev said")
            if (scope.insideQuotation(s, cue) && (subjectNode == null || scope.insideQuotation(s, subjectNode))) continue;
            if (subjectNode == null && !rule.relation().takesQuantity()) subjectNode = inheritedSubject(graph, cue);
            IndexedWord objectNode = m.getNode(RuleBook.OBJECT);
            IndexedWord quantityNode = m.getNode(RuleBook.QUANTITY);
            Polarity polarity = negated(graph, cue) ? Polarity.NEGATIVE : Polarity.POSITIVE;
            List<IndexedWord> matched = new ArrayList<>(List.of(cue));
            for (IndexedWord n : new IndexedWord[] {subjectNode, objectNode, quantityNode}) if (n != null) matched.add(n);
            Evidence evidence = scope.evidence(s, matched);
            List<IndexedWord> timeCarriers = new ArrayList<>();
            if (objectNode != null) timeCarriers.add(objectNode);
            if (m.getNode(RuleBook.ANCHOR) != null) timeCarriers.add(m.getNode(RuleBook.ANCHOR));
            Optional<TimeSpec> time = scope.time().timeOf(graph, scope.tokens(s), cue, timeCarriers);
            IndexedWord focus = objectNode != null ? objectNode : subjectNode != null ? subjectNode : cue;
            Optional<PartialDate> when = time.map(TimeSpec::start).or(() -> scope.nearestDate(s, focus));

            if (rule.registryTarget()) {
                if (subjectNode != null) out.addAll(registryTargetClaims(scope, s, rule, m, subjectNode, polarity, time, when, evidence));
                continue;
            }
            if (rule.relation().takesQuantity()) {
                if (quantityNode == null || isAlternative(graph, cue)) continue;
                Optional<Quantity> q = quantityOf(graph, scope.tokens(s), quantityNode);
                Optional<Entity> event = eventFor(scope, s, subjectNode, when);
                if (q.isEmpty() || event.isEmpty()) continue;
                if (time.isEmpty() && isRunningTally(graph, cue)) time = scope.published().map(TimeSpec::at);
                out.add(new Claim(scope.articleId(), rule.relation(), event.get(), new ClaimObject.QuantityValue(q.get()),
                        polarity, time, reporterOf(scope, s, cue), evidence, rule.id(), rule.confidence()));
                continue;
            }
            if (subjectNode == null || objectNode == null && !takesEventObject(rule.relation())) continue;
            if (isUnrealised(graph, cue, rule.relation())) continue;
            if (rule.relation() != Relation.accused && isAllegation(graph, cue)) continue;
            if (objectNode != null && isReciprocal(graph, subjectNode, objectNode)) {
                // "Armenia and Azerbaijan accused each other", "each side blamed the other": every party
                // of the subject does it to every other one
                List<Entity> parties = new ArrayList<>();
                for (IndexedWord subjectConjunct : conjuncts(graph, subjectNode))
                    for (Entity party : nodes.resolve(scope, s, subjectConjunct))
                        if (!parties.contains(party)) parties.add(party);
                // "authorities from both countries accused the other side": the parties are the "both" phrase's
                if (parties.isEmpty())
                    bothWord(graph, subjectNode).ifPresent(both -> {
                        for (Entity party : nodes.resolve(scope, s, graph.getParent(both)))
                            if (!parties.contains(party)) parties.add(party);
                    });
                for (Entity subjectParty : parties) {
                    Entity subject = fitting(rule.relation(), subjectParty, true);
                    if (subject == null) continue;
                    for (Entity objectParty : parties) {
                        Entity object = fitting(rule.relation(), objectParty, false);
                        if (object == null || subject.equals(object)) continue;
                        out.add(new Claim(scope.articleId(), rule.relation(), subject, new ClaimObject.EntityValue(object),
                                polarity, time, Optional.empty(), evidence, rule.id(), rule.confidence()));
                    }
                }
                continue;
            }
            for (IndexedWord subjectConjunct : withCoAgents(graph, cue, objectNode, conjuncts(graph, subjectNode))) {
                for (Entity subjectFound : nodes.resolve(scope, s, subjectConjunct)) {
                    Entity subject = fitting(rule.relation(), subjectFound, true);
                    if (subject == null) continue;
                    if (rule.thirdPartyOnly() && eventResolver.isFocusParty(subject)) continue;
                    for (IndexedWord objectConjunct : objectNode == null ? java.util.Collections.<IndexedWord>singletonList(null) : conjuncts(graph, objectNode)) {
                        for (Entity objectFound : resolveObject(scope, s, rule.relation(), objectConjunct, when, time.isPresent())) {
                            Entity object = fitting(rule.relation(), objectFound, false);
                            if (object == null || subject.equals(object)) continue;
                            if (rule.sidesOnly() && eventResolver.isFocusParty(subject) != eventResolver.isFocusParty(object)) continue;
                            // a side of the conflict does not mediate it ("influence over both sides to mediate")
                            if (rule.relation() == Relation.mediates && eventResolver.isFocusParty(subject)
                                    && registry.event(object.key()).filter(eventResolver::withinFocus).isPresent()) continue;
                            out.add(new Claim(scope.articleId(), rule.relation(), subject, new ClaimObject.EntityValue(object),
                                    polarity, time, Optional.empty(), evidence, rule.id(), rule.confidence()));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * "Baku's lightning offensive", "the operation launched by Azerbaijan": a war or operation named with
     * its attacker but not its target struck the target the event registry gives, when the subject is the
     * attacker the registry gives. Dated by the sentence, else by the event's start. For a presence rule,
     * the state's forces named are where the registry deploys them ({@link #deployedForces}).
     */
    private List<Claim> registryTargetClaims(ArticleScope scope, int s, RuleBook.Rule rule, SemgrexMatcher m, IndexedWord subjectNode,
                                             Polarity polarity, Optional<TimeSpec> time, Optional<PartialDate> when, Evidence evidence) {
        if (rule.relation() == Relation.militaryPresenceIn) return deployedForces(scope, s, rule, subjectNode, polarity, time, when, evidence);
        IndexedWord named = m.getNode(RuleBook.ANCHOR) != null ? m.getNode(RuleBook.ANCHOR) : m.getNode(RuleBook.CUE);
        Optional<EventInfo> event = eventFor(scope, s, named, when).flatMap(e -> registry.event(e.key()))
                .filter(e -> !e.entity().type().equals("Deployment")); // peacekeepers attack no one
        if (event.isEmpty() || event.get().attackerKey().isEmpty()) return List.of();
        String attacker = event.get().attackerKey().get();
        Optional<Entity> target = event.get().targetKey().flatMap(registry::byKey);
        if (target.isEmpty()) return List.of();
        Optional<TimeSpec> dated = time.or(() -> event.get().start().map(TimeSpec::at));
        List<Claim> out = new ArrayList<>();
        for (IndexedWord subjectConjunct : conjuncts(scope.graph(s), subjectNode)) {
            for (Entity subject : nodes.resolve(scope, s, subjectConjunct)) {
                if (!subject.key().equals(attacker)) continue;
                out.add(new Claim(scope.articleId(), rule.relation(), subject, new ClaimObject.EntityValue(target.get()),
                        polarity, dated, Optional.empty(), evidence, rule.id(), rule.confidence()));
            }
        }
        return out;
    }

    /**
     * "Russian peacekeepers" named while a deployment of Russia's forces is in force: those forces, where
     * the registry says they are. The deployment is the one in force at the claim's time, else at the
     * sentence's or the article's date; the claim carries a time only when the text gives it one.
     */
    private List<Claim> deployedForces(ArticleScope scope, int s, RuleBook.Rule rule, IndexedWord subjectNode, Polarity polarity,
                                       Optional<TimeSpec> time, Optional<PartialDate> when, Evidence evidence) {
        Optional<PartialDate> at = when.or(scope::published);
        if (at.isEmpty()) return List.of();
        List<Claim> out = new ArrayList<>();
        for (Entity subject : nodes.resolve(scope, s, subjectNode)) {
            Optional<EventInfo> deployment = eventResolver.deploymentOf(subject.key(), at.get());
            Optional<Entity> place = deployment.flatMap(EventInfo::targetKey).flatMap(registry::byKey);
            if (place.isEmpty()) continue;
            out.add(new Claim(scope.articleId(), rule.relation(), subject, new ClaimObject.EntityValue(place.get()),
                    polarity, time, Optional.empty(), evidence, rule.id() + INFERRED + "events.tsv " + deployment.get().key(), rule.confidence()));
        }
        return out;
    }

    /**
     * "More than 100 soldiers were killed or wounded": a figure of one outcome or another counts
     * neither the dead nor the wounded.
     */
    private static boolean isAlternative(SemanticGraph g, IndexedWord cue) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(cue)) if (e.getRelation().toString().equals("conj:or")) return true;
        for (SemanticGraphEdge e : g.incomingEdgeIterable(cue)) if (e.getRelation().toString().equals("conj:or")) return true;
        return false;
    }

    /**
     * The entity when it fits the relation's subject or object slot; else, for a region or deployment
     * named where an actor is needed ("the conflict between Nagorno-Karabakh and Azerbaijan", "the Russian
     * peacekeeping contingent in Karabakh"), the actor that acts for it; else null.
     */
    private Entity fitting(Relation r, Entity e, boolean subject) {
        if (subject ? signatures.subjectFits(r, e) : signatures.objectFits(r, e)) return e;
        Entity actor = standInActors.get(e.key());
        if (actor == null) return null;
        return (subject ? signatures.subjectFits(r, actor) : signatures.objectFits(r, actor)) ? actor : null;
    }

    /**
     * Whether the object points back at the subject's members: "each other", "one another", "the
     * other" after a subject with "each" or "both" ("each side blamed the other"), or a thing exchanged
     * ("exchanged accusations", lexicon {@code reciprocal-noun}).
     */
    private boolean isReciprocal(SemanticGraph g, IndexedWord subject, IndexedWord object) {
        if (object.lemma() != null && lexicon.has("reciprocal-noun", object.lemma().toLowerCase())) return true;
        String word = object.word().toLowerCase();
        // "the other side / party" as well as "the other"
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(object))
            if (e.getRelation().toString().equals("amod") && e.getDependent().word().equalsIgnoreCase("other")) word = "other";
        if (!word.equals("other") && !word.equals("another")) return false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(object)) {
            String d = e.getDependent().word().toLowerCase();
            if (d.equals("each") || d.equals("one")) return true;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(subject)) {
            if (e.getRelation().toString().equals("det") && e.getDependent().word().equalsIgnoreCase("each")) return true;
        }
        // "authorities from both countries accused the other side": "the other" after a subject of both
        return word.equals("other") && bothWord(g, subject).isPresent();
    }

    /** The word "both" within a phrase ("Both Armenia and Azerbaijan", "authorities from both countries"). */
    private static Optional<IndexedWord> bothWord(SemanticGraph g, IndexedWord phrase) {
        return g.descendants(phrase).stream().filter(d -> d.word().equalsIgnoreCase("both")).findFirst();
    }

    /**
     * A node and the nodes coordinated with it ("the United States, Europe and the UN secretary
     * general"): each conjunct takes part in the claim. Enhanced++ parses already copy most relations
     * to every conjunct; this covers the ones they do not.
     */
    private static List<IndexedWord> conjuncts(SemanticGraph g, IndexedWord node) {
        IndexedWord first = node;
        for (SemanticGraphEdge e : g.incomingEdgeIterable(node)) {
            if (e.getRelation().toString().startsWith("conj")) first = e.getGovernor();
        }
        List<IndexedWord> out = new ArrayList<>();
        out.add(first);
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(first)) {
            if (e.getRelation().toString().startsWith("conj") && !out.contains(e.getDependent())) out.add(e.getDependent());
        }
        if (!out.contains(node)) out.add(node);
        return out;
    }

    /**
     * Those the sentence says acted together with the subject ("France mediated alongside Russia and
     * the United States", "together with Moscow") share the claim. The parser hangs the phrase on the
     * verb or, after an object, on the object ("mediated the conflict alongside Russia").
     */
    private static List<IndexedWord> withCoAgents(SemanticGraph g, IndexedWord cue, IndexedWord object, List<IndexedWord> subjects) {
        List<IndexedWord> out = new ArrayList<>(subjects);
        List<SemanticGraphEdge> edges = new ArrayList<>(g.outgoingEdgeList(cue));
        if (object != null) edges.addAll(g.outgoingEdgeList(object));
        // "along with X, Russia has acted as a mediator": the cue is a noun, the phrase is on the verb
        for (SemanticGraphEdge e : g.incomingEdgeIterable(subjects.get(0))) {
            if (e.getRelation().toString().startsWith("nsubj") && !e.getGovernor().equals(cue)) edges.addAll(g.outgoingEdgeList(e.getGovernor()));
        }
        for (SemanticGraphEdge e : edges) {
            String marker = e.getRelation().toString().replaceFirst("^(obl|nmod):", "");
            if (marker.equals("alongside") || marker.equals("along_with") || marker.equals("together_with")
                    || marker.equals("jointly_with")) {
                for (IndexedWord n : conjuncts(g, e.getDependent())) if (!out.contains(n)) out.add(n);
            }
        }
        return out;
    }

    /**
     * "Some 20 soldiers have died (and 45 have been wounded)": a present-perfect tally holds
     * as of publication. A conjunct shares its first verb's auxiliary.
     */
    private static boolean isRunningTally(SemanticGraph g, IndexedWord cue) {
        for (IndexedWord verb : conjuncts(g, cue)) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
                String w = e.getDependent().word().toLowerCase();
                if (e.getRelation().toString().equals("aux") && (w.equals("have") || w.equals("has"))) return true;
            }
        }
        return false;
    }

    /**
     * The subject a participle or a coordinated verb shares with the clause it hangs from ("Russia has
     * walked a thin line …, calling for a ceasefire but not backing either side"): the nearest
     * governor's subject, climbing at most three steps. In a cleft ("It was Moscow that brokered …")
     * the subject is the focused noun.
     */
    private static IndexedWord inheritedSubject(SemanticGraph g, IndexedWord cue) {
        IndexedWord node = cue;
        for (int depth = 0; depth < 3; depth++) {
            SemanticGraphEdge up = null;
            for (SemanticGraphEdge e : g.incomingEdgeIterable(node)) {
                String rel = e.getRelation().toString();
                if (rel.equals("dep") || rel.startsWith("conj") || rel.startsWith("advcl") || rel.equals("xcomp")
                        || rel.equals("acl") || rel.equals("acl:to") || rel.equals("obj") || rel.equals("ccomp")) {
                    up = e;
                    break;
                }
            }
            if (up == null) return null;
            // "used Russia's influence to mediate": the owner of the means does it; "used its influence to
            // mediate": the clause's subject, found further up; not "it is time to put an end to it"
            if (up.getRelation().toString().equals("acl:to")) {
                IndexedWord means = up.getGovernor();
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(means))
                    if (e.getRelation().toString().equals("nmod:poss") && !"PRP$".equals(e.getDependent().tag())) return e.getDependent();
                boolean used = false;
                for (SemanticGraphEdge e : g.incomingEdgeIterable(means)) used |= e.getRelation().toString().equals("obj");
                if (!used) return null;
            }
            // "with Armenia and Azerbaijan blaming each other": the noun an -ing participle modifies does it
            if (up.getRelation().toString().equals("acl") && "VBG".equals(node.tag())
                    && up.getGovernor().tag() != null && up.getGovernor().tag().startsWith("NN")) return up.getGovernor();
            node = up.getGovernor();
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
                if (!e.getRelation().toString().equals("nsubj")) continue;
                boolean cleft = up.getRelation().toString().equals("ccomp") && e.getDependent().word().equalsIgnoreCase("it")
                        && node.tag() != null && node.tag().startsWith("NN");
                if (cleft) return node;
                if (!up.getRelation().toString().equals("ccomp")) return e.getDependent();
            }
        }
        return null;
    }

    /** Relations whose object is a war or conflict, found from the article when the sentence names none. */
    private static boolean takesEventObject(Relation r) {
        return r == Relation.mediates || r == Relation.brokeredCeasefire || r == Relation.calledForCeasefire;
    }

    /**
     * Whether the cue is an action asked for, hoped for or planned rather than done: the infinitive
     * complement of a verb like "urge", "want" or "plan" ("urged the sides to put an end to …"), directly
     * or through further infinitives; or offered ("ready to organise talks to negotiate a deal"), which
     * only mediation counts.
     */
    private boolean isUnrealised(SemanticGraph g, IndexedWord cue, Relation relation) {
        // up a chain of infinitives: "is ready to organise a meeting to negotiate a deal", "called on the US
        // to work with Russia to end the fighting"
        IndexedWord node = cue;
        for (int depth = 0; depth < 3; depth++) {
            IndexedWord up = null;
            for (SemanticGraphEdge e : g.incomingEdgeIterable(node)) {
                String rel = e.getRelation().toString();
                if (!rel.equals("xcomp") && !rel.equals("advcl:to")) continue;
                String governor = e.getGovernor().lemma();
                // offering to mediate is mediating, and declaring oneself ready to back a side is backing it
                boolean offerCounts = relation == Relation.mediates || relation == Relation.supports;
                if (lexicon.has("irrealis-verb", governor) || !offerCounts && lexicon.has("readiness", governor)) return true;
                up = e.getGovernor();
            }
            if (up == null) return false;
            node = up;
        }
        return false;
    }

    /**
     * Whether the cue is what someone is accused or blamed of ("accused Moscow of backing Armenia",
     * "blamed Baku for shelling the town"): the accuser's allegation, an accusation claim of its own, not
     * a deed the article asserts.
     */
    private boolean isAllegation(SemanticGraph g, IndexedWord cue) {
        for (SemanticGraphEdge e : g.incomingEdgeIterable(cue)) {
            String rel = e.getRelation().toString();
            if (rel.matches("(advcl|obl|acl|nmod):(of|for)") && lexicon.has("allegation-verb", e.getGovernor().lemma())) return true;
        }
        return false;
    }

    private Collection<Entity> resolveObject(ArticleScope scope, int s, Relation relation, IndexedWord node, Optional<PartialDate> when,
                                             boolean timed) {
        if (relation == Relation.brokeredCeasefire && node != null && !timed && scope.published().isPresent()
                && NodeResolver.isDefinite(scope.graph(s), node) && scope.entities().at(s, node.index()).isEmpty()) {
            // "in violation of the Moscow-brokered ceasefire": with no time of its own, the truce in force
            Optional<EventInfo> inForce = eventResolver.lastCeasefireBefore(NodeResolver.phrase(scope, s, node), scope.published().get());
            if (inForce.isPresent()) return List.of(parent(inForce.get()).entity());
        }
        if (takesEventObject(relation)) {
            Optional<EventInfo> event = eventFor(scope, s, node, when).flatMap(e -> registry.event(e.key()));
            // One mediates a conflict as a whole: when no event is found (a year of no fighting), the
            // conflict whose sides the article names.
            if (relation == Relation.mediates)
                event = event.map(this::outermost).or(() -> eventResolver.focusConflictOf(scope.entities().mentionedKeys()));
            // One brokers the ceasefire of a war, not the ceasefire itself.
            else event = event.map(e -> e.entity().type().equals("Ceasefire") ? parent(e) : e);
            if (event.isPresent()) return List.of(event.get().entity());
        }
        return node == null ? List.of() : nodes.resolve(scope, s, node);
    }

    /**
     * Whether the cue is negated: a negator among its dependents or its copula's, a subject that is
     * no one ("nobody", "no state"), a negating verb
     * ("refrained from backing") governing it, or a denied truth predicate ("it is not true that").
     */
    boolean negated(SemanticGraph g, IndexedWord cue) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(cue)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det") && NodeResolver.isVerb(cue))
                    && lexicon.has("negator", e.getDependent().word())) return true;
            // "Nobody has recognised X as …", "No country recognises …": a subject that is no one
            if (rel.equals("nsubj") && (lexicon.has("negative-subject", e.getDependent().word().toLowerCase())
                    || hasNegatorDeterminer(g, e.getDependent()))) return true;
        }
        for (SemanticGraphEdge e : g.incomingEdgeIterable(cue)) {
            String rel = e.getRelation().toString();
            IndexedWord gov = e.getGovernor();
            // the parser sometimes leaves "avoided taking sides" as a bare dependency
            if ((rel.startsWith("xcomp") || isComplementAdverbial(rel) || rel.startsWith("ccomp") || rel.equals("dep"))
                    && lexicon.has("negating-verb", gov.lemma())) return !negated(g, gov);
            // "It is not true that X …", "Nor is it true, as some claim, that X …"
            if ((rel.startsWith("ccomp") || rel.startsWith("csubj") || rel.equals("parataxis"))
                    && lexicon.has("truth-predicate", gov.lemma()) && deniesTruth(g, gov)) return true;
        }
        return false;
    }

    private boolean hasNegatorDeterminer(SemanticGraph g, IndexedWord noun) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            if (e.getRelation().toString().equals("det") && lexicon.has("negator", e.getDependent().word())) return true;
        }
        return false;
    }

    /** A truth predicate with a negator, "nor" included: "is not true", "nor is it the case". */
    private boolean deniesTruth(SemanticGraph g, IndexedWord predicate) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(predicate)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("cc")) && lexicon.has("negator", e.getDependent().word())) return true;
        }
        return false;
    }

    /**
     * An adverbial clause that completes a negating verb ("refrained from joining"), as opposed to one
     * that only dates or motivates it: in "stopped fighting after Russia brokered a truce" the truce
     * is not negated.
     */
    private static boolean isComplementAdverbial(String rel) {
        return rel.equals("advcl") || rel.equals("advcl:from") || rel.equals("advcl:to") || rel.equals("advcl:of");
    }

    /**
     * "X is a member of Z, while Y is not" and "… Y and W are not." (as the next sentence): a bare
     * negated copula copies the claims of the clause it answers, with its own subjects and negative
     * polarity.
     */
    private List<Claim> ellipticNegations(ArticleScope scope, int s, List<Claim> sameSentence, List<Claim> previous) {
        SemanticGraph g = scope.graph(s);
        List<Claim> out = new ArrayList<>();
        for (IndexedWord node : g.vertexSet()) {
            if (!lexicon.has("negator", node.word()) || !isBareCopula(g, node)) continue;
            List<IndexedWord> subjects = g.outgoingEdgeList(node).stream()
                    .filter(e -> e.getRelation().toString().startsWith("nsubj")).map(SemanticGraphEdge::getDependent).toList();
            if (subjects.isEmpty()) continue;
            boolean attached = g.incomingEdgeIterable(node).iterator().hasNext();
            List<Claim> antecedents = attached ? sameSentence : previous;
            List<IndexedWord> span = new ArrayList<>(subjects);
            span.add(node);
            Evidence evidence = scope.evidence(s, span);
            for (IndexedWord subjectNode : subjects) {
                for (Entity subject : nodes.resolve(scope, s, subjectNode)) {
                    for (Claim a : antecedents) {
                        if (a.polarity() != Polarity.POSITIVE || !(a.object() instanceof ClaimObject.EntityValue ev)) continue;
                        if (ev.entity().equals(subject) || a.subject().equals(subject)) continue;
                        out.add(new Claim(scope.articleId(), a.relation(), subject, a.object(), Polarity.NEGATIVE,
                                Optional.empty(), Optional.empty(), evidence, ELLIPSIS_RULE, 0.75));
                    }
                }
            }
        }
        return out;
    }

    /** A clause whose predicate is just "not" with a copula: no content of its own. */
    private static boolean isBareCopula(SemanticGraph g, IndexedWord node) {
        boolean cop = false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            if (rel.equals("cop") || rel.startsWith("aux")) cop = true;
            else if (!(rel.startsWith("nsubj") || rel.equals("mark") || rel.equals("punct") || rel.equals("cc")
                    || rel.equals("advmod"))) return false;
        }
        return cop;
    }

    /**
     * A casualty figure: SUTime's normalised number with its bound, or a vague number word, on the
     * node or on its quantity modifiers ("tens of thousands of people": the parse heads it on "people"),
     * or on an apposition or "or" that restates the figure ("half of the population, or roughly 75,000
     * people").
     */
    private Optional<Quantity> quantityOf(SemanticGraph g, List<CoreLabel> tokens, IndexedWord node) {
        List<IndexedWord> candidates = new ArrayList<>(List.of(node));
        addQuantityModifiers(g, node, candidates);
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            if (!rel.equals("appos") && !rel.equals("conj:or")) continue;
            candidates.add(e.getDependent());
            addQuantityModifiers(g, e.getDependent(), candidates);
        }
        for (IndexedWord c : candidates) {
            Optional<Quantity> q = quantityAt(tokens, c);
            if (q.isPresent()) return q;
        }
        return Optional.empty();
    }

    private static void addQuantityModifiers(SemanticGraph g, IndexedWord node, List<IndexedWord> candidates) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            if (rel.equals("nummod") || rel.startsWith("det") || rel.equals("dep")) candidates.add(e.getDependent());
        }
    }

    /** The bound that the words before a number give it ("roughly 75,000"), when SUTime gave none. */
    private String boundBefore(List<CoreLabel> tokens, int numberIndex) {
        for (Map.Entry<String, String> e : lexicon.entries("quantity-bound").entrySet()) {
            String[] words = e.getKey().split(" ");
            int start = numberIndex - words.length;
            if (start < 0) continue;
            boolean all = true;
            for (int k = 0; k < words.length && all; k++) all = tokens.get(start + k).word().equalsIgnoreCase(words[k]);
            if (all) return e.getValue();
        }
        return "=";
    }

    private Optional<Quantity> quantityAt(List<CoreLabel> tokens, IndexedWord node) {
        CoreLabel token = tokens.get(node.index() - 1);
        String norm = token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        if ("NUMBER".equals(token.ner()) && norm != null) {
            java.util.regex.Matcher m = NORMALISED_NUMBER.matcher(norm);
            if (m.matches()) {
                String bound = m.group(1) != null ? m.group(1) : boundBefore(tokens, node.index() - 1);
                return Optional.of(Quantity.parse(bound + m.group(2)));
            }
        }
        // "hundreds of thousands": the parse may make any of its words the head
        int at = node.index() - 1;
        for (Map.Entry<String, String> e : lexicon.entries("vague-quantity").entrySet()) {
            String[] words = e.getKey().split(" ");
            for (int start = Math.max(0, at - words.length + 1); start <= at; start++) {
                if (start + words.length > tokens.size()) break;
                boolean all = true;
                for (int k = 0; k < words.length && all; k++) all = tokens.get(start + k).word().equalsIgnoreCase(words[k]);
                if (all) return Optional.of(Quantity.parse(e.getValue()));
            }
        }
        return Optional.empty();
    }

    /**
     * The event a casualty figure or a ceasefire belongs to: the one its own noun phrase names (by
     * name, or by kind and time), else one named elsewhere in the sentence, else the fighting at the
     * time of the sentence or the one before it, else the event of this conflict going on at the
     * article's publication date; in an undated article that names both sides, the conflict itself.
     */
    private Optional<Entity> eventFor(ArticleScope scope, int s, IndexedWord node, Optional<PartialDate> when) {
        // "a war that claimed 30,000 lives": the relative pronoun is the war
        if (node != null && NodeResolver.isRelativePronoun(node))
            node = NodeResolver.antecedent(scope.graph(s), node).orElse(node);
        if (node != null) {
            // "the April war, a flare-up that killed …": the apposition names the event
            for (SemanticGraphEdge edge : scope.graph(s).incomingEdgeIterable(node)) {
                if (edge.getRelation().toString().equals("appos")) {
                    Optional<EventInfo> e = resolveEventPhrase(scope, s, edge.getGovernor(), when);
                    if (e.isPresent()) return Optional.of(e.get().entity());
                }
            }
            Optional<EventInfo> e = resolveEventPhrase(scope, s, node, when);
            if (e.isPresent()) return Optional.of(e.get().entity());
        }
        for (IndexedWord w : scope.graph(s).vertexListSorted()) {
            // "killing 3 … the biggest development since the 2020 war": a war the sentence measures from is not the figure's
            if (lexicon.has("event-noun", w.lemma()) && !isReferencePoint(scope.graph(s), w)) {
                // "fighting … left 6,500 dead and ended with a truce": people die in the war, not in its truce
                Optional<EventInfo> e = resolveEventPhrase(scope, s, w, when)
                        .map(found -> REFERABLE_EVENT_TYPES.contains(found.entity().type()) ? found : parent(found))
                        .filter(found -> REFERABLE_EVENT_TYPES.contains(found.entity().type()));
                if (e.isPresent()) return Optional.of(e.get().entity());
            }
        }
        // "On 13 September 2022 Azerbaijan shelled towns. Around 300 soldiers were killed.": an undated
        // figure continues the time of the sentence before it, which may be long before publication
        Optional<PartialDate> context = when.or(() -> s > 0 ? scope.lastDate(s - 1) : Optional.empty());
        if (context.isPresent()) {
            // only the conflict the article is read for: a Karabakh ceasefire of April 2016 is not one of
            // the war in Donbas going on the same week
            Optional<EventInfo> e = eventResolver.resolve("the fighting", context, scope.published()).filter(eventResolver::withinFocus);
            if (e.isPresent()) return Optional.of(e.get().entity());
        }
        // The article's present counts only within the conflict it is read for: a column of November 2023
        // on Karabakh that names no event means the Karabakh fighting, not the war in Ukraine going on then.
        Optional<EventInfo> current = eventResolver.resolve("the latest fighting", Optional.empty(), scope.published())
                .filter(eventResolver::withinFocus);
        // A time of the claim's own that no single event fits ("the truces concluded in 2020") is not the
        // article's present: the claim is of the conflict going on then
        if (when.isPresent() && current.filter(e -> eventResolver.spans(e, when.get())).isEmpty())
            return eventResolver.focusConflictAt(when.get()).map(EventInfo::entity);
        if (current.isPresent() || scope.published().isPresent()) return current.map(EventInfo::entity);
        // An undated article: which war it reports cannot be told, but an article naming both sides of
        // the focus conflict reports that conflict.
        return eventResolver.focusConflictOf(scope.entities().mentionedKeys()).map(EventInfo::entity);
    }

    private Optional<EventInfo> resolveEventPhrase(ArticleScope scope, int s, IndexedWord node, Optional<PartialDate> time) {
        Optional<Entity> named = scope.entities().at(s, node.index());
        if (named.isPresent()) {
            Optional<EventInfo> ev = registry.event(named.get().key());
            if (ev.isPresent()) return ev;
        }
        if (!lexicon.has("event-noun", node.lemma()) && named.isEmpty()) return Optional.empty();
        if (hasDemonstrative(scope.graph(s), node)) {
            // "… the 44-day war. That war killed …": the event named last, whatever the article's date
            Optional<EventInfo> antecedent = eventNamedBefore(scope, s, node, REFERABLE_EVENT_TYPES);
            if (antecedent.isPresent()) return antecedent;
        }
        String phrase = NodeResolver.phrase(scope, s, node);
        // "The war took a heavy toll": "the war" points back at the last war named in this conflict, before
        // any date the sentence before gives ("a flare-up in July 2020"); "the fighting", "the conflict" may
        // well be the article's present, and are left to time
        Set<String> kinds = eventResolver.typesOfBareDefinite(phrase);
        if (time.isEmpty() && kinds.equals(Set.of("War"))) {
            Optional<EventInfo> antecedent = eventNamedBefore(scope, s, node, kinds).filter(eventResolver::withinFocus);
            if (antecedent.isPresent()) return antecedent;
        }
        return eventResolver.resolveInFocus(phrase, time, scope.published());
    }

    /** The registry event of one of the given types named last before the node. */
    private Optional<EventInfo> eventNamedBefore(ArticleScope scope, int s, IndexedWord node, Set<String> types) {
        CoreLabel t = scope.tokens(s).get(node.index() - 1);
        return scope.entities().lastMentioned(s, t.index(), types).flatMap(e -> registry.event(e.key()));
    }

    /** Whether the noun is the point a time is counted from or to: "since / after / before / until the war". */
    private static boolean isReferencePoint(SemanticGraph g, IndexedWord node) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
            if (e.getRelation().toString().equals("case") && REFERENCE_MARKS.contains(e.getDependent().word().toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }

    private static boolean hasDemonstrative(SemanticGraph g, IndexedWord node) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
            String w = e.getDependent().word().toLowerCase();
            if (e.getRelation().toString().equals("det") && (w.equals("that") || w.equals("this"))) return true;
        }
        return false;
    }

    private EventInfo parent(EventInfo e) {
        return e.partOfKey().flatMap(registry::event).orElse(e);
    }

    private EventInfo outermost(EventInfo e) {
        EventInfo cur = e;
        for (int i = 0; i < 5 && cur.partOfKey().isPresent(); i++) cur = parent(cur);
        return cur;
    }

    /** "according to local officials", "Yerevan says": who the article says reported a figure. */
    private Optional<Entity> reporterOf(ArticleScope scope, int s, IndexedWord cue) {
        SemanticGraph g = scope.graph(s);
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(cue)) {
            if (e.getRelation().toString().equals("obl:according_to")) {
                List<Entity> r = nodes.resolve(scope, s, e.getDependent());
                if (!r.isEmpty()) return Optional.of(r.get(0));
                return Optional.of(scope.describedSource(s, e.getDependent()));
            }
        }
        for (SemanticGraphEdge e : g.incomingEdgeIterable(cue)) {
            if (e.getRelation().toString().startsWith("ccomp") && lexicon.has("report-verb", e.getGovernor().lemma())) {
                for (SemanticGraphEdge se : g.outgoingEdgeIterable(e.getGovernor())) {
                    if (se.getRelation().toString().startsWith("nsubj")) {
                        List<Entity> r = nodes.resolve(scope, s, se.getDependent());
                        if (!r.isEmpty()) return Optional.of(r.get(0));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
