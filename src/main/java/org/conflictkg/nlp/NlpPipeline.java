package org.conflictkg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import org.conflictkg.corpus.Article;
import org.conflictkg.corpus.PartialDate;

/**
 * The CoreNLP pipeline that annotates articles: tokens, sentences, parts of speech, lemmas, named
 * entities with number and date normalisation (SUTime), enhanced++ dependency parses and quotations.
 * <p>
 * Loading takes seconds and a few hundred MB, so a process builds one and shares it; annotation is
 * thread-safe. Coreference is left out: it costs more than the rest together and our own discourse
 * rules (surnames, "both sides") cover what extraction needs.
 * <pre>
 *   NlpPipeline nlp = NlpPipeline.create();
 *   AnnotatedArticle annotated = nlp.annotate(article);
 * </pre>
 */
public final class NlpPipeline {

    /**
     * Plural nouns that CoreNLP's lemmatiser gets wrong for military text: it keeps "troops" whole and
     * reads "bases" as the plural of "basis", so lemma rules about troops and bases never saw them.
     * The parse's nodes share the tokens' labels, so the fix reaches the dependency graph too.
     */
    private static final Map<String, String> PLURAL_LEMMAS = Map.of("troops", "troop", "bases", "base");

    /**
     * Verbs of aspect whose -ing complement has their subject ("Yerevan continues buying weapons",
     * "Baku began shelling"). Enhanced++ gives a controlled subject to infinitives ("urged them to
     * respect") but not to these gerunds. A closed list: "stopped buying" or "denied buying" must not
     * turn the deed into a claim. The edge added is a plain {@code nsubj}: the gerund is the deed, and
     * rules about subjects then see it as they see a finite verb's.
     */
    private static final Set<String> CONTINUING_VERBS = Set.of("continue", "keep", "begin", "start", "resume");

    /** Verbs whose "for V-ing" clause is a deed asked of others ("called for ending the fighting"). */
    private static final Set<String> ASKING_VERBS = Set.of("call", "appeal", "push", "press", "lobby", "argue", "vote", "ask", "plead", "campaign", "advocate", "wait", "hope", "pray");

    /** Words before a figure that depparse may take for a preposition ("around 120,000 fled"). */
    private static final Set<String> APPROXIMATORS = Set.of("around", "about", "some", "nearly", "almost", "over", "approximately", "roughly");

    /** Prepositions before which depparse mistakes a gerund for an adjective ("by accusing Turkey"). */
    private static final Set<String> GERUND_PREPOSITIONS = Set.of("by", "in", "after", "before", "while", "when", "upon", "on", "through", "for", "of");

    /**
     * Marks of adverbial gerund clauses whose subject is the main verb's ("by accusing", "after
     * shelling", "while backing"); "without" and "instead of" are left out, they deny the deed.
     */
    private static final Set<String> SUBJECT_SHARING_MARKS = Set.of("by", "in", "after", "before", "while", "when", "upon", "on", "through", "since");

    /**
     * Words the tokenizer splits at their hyphen that rules know closed up: American and wire style
     * writes "cease-fire", and the head "fire" would never match a rule about ceasefires. The last part
     * takes the lemma of the closed-up word.
     */
    private static final Map<String, String> HYPHENATED_LEMMAS = Map.of(
            "cease-fire", "ceasefire", "cease-fires", "ceasefire",
            "peace-keeper", "peacekeeper", "peace-keepers", "peacekeeper", "peace-keeping", "peacekeeping",
            "flare-up", "flare-up", "flare-ups", "flare-up", "stand-off", "standoff", "stand-offs", "standoff");

    private final StanfordCoreNLP coreNlp;

    private NlpPipeline(Properties props) {
        this.coreNlp = new StanfordCoreNLP(props);
    }

    /** A pipeline with the annotators extraction needs. */
    public static NlpPipeline create() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,quote");
        // Paragraph breaks end sentences: headings and captions have no final full stop.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // Fine-grained NER (regexner over 4 extra classes) costs a third of NER time; the registry
        // recognises the titles and places it would add.
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        // SUTime's rule matching grows much faster than the sentence: 2,000 tokens take seconds, 4,000 a minute,
        // 20,000 (a paragraph without a full stop) hours. NER skips a sentence over 500 tokens; news sentences
        // stay under 100.
        p.setProperty("ner.maxlen", "500");
        // Speaker attribution is ours (it needs coreference in CoreNLP); keep only quote detection.
        p.setProperty("quote.attributeQuotes", "false");
        p.setProperty("quote.extractUnclosedQuotes", "true");
        p.setProperty("quote.singleQuotes", "true");
        return new NlpPipeline(p);
    }

    /**
     * Annotates the article's cleaned text. When the publication date is known, SUTime resolves
     * relative dates ("on Tuesday", "last week") against it; otherwise they stay unresolved.
     * SUTime only takes a full date, so a date known to the month or year is passed as its first day;
     * extraction then ignores any relative date resolved more precisely than the publication date.
     */
    public AnnotatedArticle annotate(Article article) {
        CoreDocument doc = new CoreDocument(directedQuotes(article.text()));
        article.metadata().published().map(NlpPipeline::firstDay)
                .ifPresent(date -> doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, date));
        coreNlp.annotate(doc);
        correctLemmas(doc);
        doc.sentences().forEach(sentence -> {
            SemanticGraph graph = sentence.dependencyParse();
            lemmatiseNominalGerunds(graph);
            linkRelativeSubjects(graph);
            linkStrandedSubject(graph);
            attachFrontedAppositions(graph);
            detachPrepositionalSubjects(graph);
            attachStrandedParticiples(graph);
            linkModalComplementSubjects(graph);
            raisePrepositionalGerunds(graph);
            attachStrandedPrepositionGerunds(graph);
            linkApproximatedSubjects(graph);
            raiseValuedNouns(graph);
            reheadAdjectivesOverNouns(graph);
            linkGerundSubjects(graph);
            linkAdverbialGerundSubjects(graph);
            linkObjectControlledGerunds(graph);
        });
        return new AnnotatedArticle(article, doc);
    }

    /**
     * The text with its straight double quotes turned into opening and closing marks, when it also has
     * typographic ones. Pages pasted together from several sources mix the two ("…,” he said, adding:
     * "…”), and CoreNLP pairs a straight mark only with another straight one, so such quotations were
     * lost. A straight mark opens after a space, a bracket or a dash, and closes elsewhere. Each
     * character is replaced by one character: every offset stays that of the article's text.
     */
    static String directedQuotes(String text) {
        if (text.indexOf('"') < 0 || text.indexOf('\u201C') < 0 && text.indexOf('\u201D') < 0) return text;
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) != '"') continue;
            char before = i == 0 ? ' ' : out.charAt(i - 1);
            boolean opens = Character.isWhitespace(before) || "([{\u2014\u2013-:".indexOf(before) >= 0;
            out.setCharAt(i, opens ? '\u201C' : '\u201D');
        }
        return out.toString();
    }

    /**
     * "Turkey, which backs Azerbaijan, laid the blame on Yerevan": after a relative clause depparse
     * sometimes makes the subject noun the root and hangs the main verb off it as a bare dependency.
     * A subjectless verb hanging so from a root proper noun has that noun as its subject.
     */
    private static void linkStrandedSubject(SemanticGraph graph) {
        for (IndexedWord root : graph.getRoots()) {
            if (root.tag() == null || !root.tag().startsWith("NNP")) continue;
            for (SemanticGraphEdge e : graph.outgoingEdgeList(root)) {
                IndexedWord verb = e.getDependent();
                if (e.getRelation().toString().equals("dep") && isVerb(verb)
                        && verb.index() > root.index() && !hasSubject(graph, verb)) {
                    graph.addEdge(verb, root, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, true);
                }
            }
        }
    }

    /**
     * "A member of the Minsk Group, Russia has called for …": a description put before the subject is
     * parsed as a second subject of the verb, so rules read the description as the actor. When a verb
     * has two plain subjects, a common noun and after it a name, the common noun becomes the name's
     * apposition, as it is when it follows the name.
     */
    private static void attachFrontedAppositions(SemanticGraph graph) {
        for (IndexedWord verb : List.copyOf(graph.vertexSet())) {
            List<SemanticGraphEdge> subjects = graph.outgoingEdgeList(verb).stream()
                    .filter(e -> e.getRelation().toString().equals("nsubj")).toList();
            if (subjects.size() != 2) continue;
            IndexedWord description = subjects.get(0).getDependent();
            IndexedWord name = subjects.get(1).getDependent();
            if (description.index() > name.index()) {
                IndexedWord first = name;
                name = description;
                description = first;
            }
            if (description.tag() == null || !description.tag().matches("NNS?") || name.tag() == null || !name.tag().startsWith("NNP")) continue;
            // "Officials and Moscow said": coordinated subjects, not a description of the name
            if (graph.getEdge(description, name) != null || graph.getEdge(name, description) != null) continue;
            graph.removeEdge(graph.getEdge(verb, description));
            graph.addEdge(name, description, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, Double.NEGATIVE_INFINITY, false);
        }
    }

    /**
     * "talks within the Minsk Group of the OSCE, co-chaired by Russia, France and the US": a participle
     * with a "by" agent after a comma is sometimes hung on the main verb as a bare dependency. It modifies
     * the noun phrase before the comma (the phrase's head, climbing from the last noun through its "of"
     * complements), as it does when the parser gets it right.
     */
    private static void attachStrandedParticiples(SemanticGraph graph) {
        for (SemanticGraphEdge e : List.copyOf(graph.edgeListSorted())) {
            IndexedWord participle = e.getDependent();
            if (!e.getRelation().toString().equals("dep") || !"VBN".equals(participle.tag()) || hasSubject(graph, participle)
                    || !hasDependent(graph, participle, r -> r.equals("obl:by") || r.equals("obl:agent"))) continue;
            IndexedWord comma = graph.getNodeByIndexSafe(participle.index() - 1);
            IndexedWord noun = graph.getNodeByIndexSafe(participle.index() - 2);
            if (comma == null || !comma.word().equals(",") || noun == null || noun.tag() == null || !noun.tag().startsWith("NN")) continue;
            while (true) {
                IndexedWord head = null;
                for (SemanticGraphEdge up : graph.incomingEdgeIterable(noun))
                    if (up.getRelation().toString().startsWith("nmod") && up.getGovernor().tag() != null
                            && up.getGovernor().tag().startsWith("NN") && up.getGovernor().index() < noun.index()) head = up.getGovernor();
                if (head == null) break;
                noun = head;
            }
            graph.removeEdge(e);
            graph.addEdge(noun, participle, UniversalEnglishGrammaticalRelations.CLAUSAL_MODIFIER, Double.NEGATIVE_INFINITY, false);
        }
    }

    /**
     * "use its influence over both sides to mediate the conflict": depparse reads the preposition as the
     * infinitive's marker and its noun as the infinitive's subject ("both sides … mediate"). A noun that
     * follows a prepositional marker of a "to" clause is the preposition's object, hung on the noun the
     * clause completes; the clause is left without a subject of its own.
     */
    private static void detachPrepositionalSubjects(SemanticGraph graph) {
        for (SemanticGraphEdge clauseEdge : List.copyOf(graph.edgeListSorted())) {
            if (!clauseEdge.getRelation().toString().startsWith("acl")) continue;
            IndexedWord noun = clauseEdge.getGovernor();
            IndexedWord verb = clauseEdge.getDependent();
            List<SemanticGraphEdge> marks = graph.outgoingEdgeList(verb).stream()
                    .filter(e -> e.getRelation().toString().equals("mark")).toList();
            Optional<SemanticGraphEdge> preposition = marks.stream().filter(e -> "IN".equals(e.getDependent().tag())).findFirst();
            boolean infinitive = marks.stream().anyMatch(e -> "TO".equals(e.getDependent().tag()));
            Optional<SemanticGraphEdge> subject = graph.outgoingEdgeList(verb).stream()
                    .filter(e -> e.getRelation().toString().equals("nsubj")).findFirst();
            if (preposition.isEmpty() || !infinitive || subject.isEmpty()) continue;
            IndexedWord prep = preposition.get().getDependent();
            IndexedWord object = subject.get().getDependent();
            if (prep.index() > object.index()) continue;
            graph.removeEdge(preposition.get());
            graph.removeEdge(subject.get());
            graph.addEdge(object, prep, UniversalEnglishGrammaticalRelations.CASE_MARKER, Double.NEGATIVE_INFINITY, false);
            graph.addEdge(noun, object, UniversalEnglishGrammaticalRelations.getNmod(prep.word().toLowerCase()), Double.NEGATIVE_INFINITY, false);
        }
    }

    /**
     * "warned Armenia and Azerbaijan could resume hostilities": a complement clause without "that" whose
     * verb has a modal is often parsed with its subject as the reporting verb's object and the verb as a
     * bare dependency. The objects before the subjectless modal verb become its subjects, and the verb
     * the reporting verb's clausal complement, as they would be with "that".
     */
    private static void linkModalComplementSubjects(SemanticGraph graph) {
        for (SemanticGraphEdge e : List.copyOf(graph.edgeListSorted())) {
            IndexedWord governor = e.getGovernor();
            IndexedWord verb = e.getDependent();
            if (!e.getRelation().toString().equals("dep") || !isVerb(governor) || !isVerb(verb)
                    || verb.index() < governor.index() || hasSubject(graph, verb)) continue;
            boolean modal = graph.outgoingEdgeList(verb).stream()
                    .anyMatch(a -> a.getRelation().toString().equals("aux") && "MD".equals(a.getDependent().tag()));
            List<IndexedWord> objects = graph.outgoingEdgeList(governor).stream()
                    .filter(o -> o.getRelation().toString().equals("obj") && o.getDependent().index() < verb.index())
                    .map(SemanticGraphEdge::getDependent).toList();
            if (!modal || objects.isEmpty()) continue;
            for (IndexedWord object : objects) {
                graph.removeEdge(graph.getEdge(governor, object));
                graph.addEdge(verb, object, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
            }
            graph.removeEdge(e);
            graph.addEdge(governor, verb, UniversalEnglishGrammaticalRelations.CLAUSAL_COMPLEMENT, Double.NEGATIVE_INFINITY, false);
        }
    }

    /**
     * A gerund standing as a noun ("Fighting broke out", "shelling resumed at dawn") is tagged VBG and
     * lemmatised as the verb, so rules that name the noun ("fighting", "shelling") missed it. A VBG that
     * is its head's subject or object and has no subject, object or clause of its own gets its word as
     * lemma, and its prepositional dependents become a noun's; a gerund with an object ("accusing
     * Turkey") is still the verb.
     */
    private static void lemmatiseNominalGerunds(SemanticGraph graph) {
        for (IndexedWord word : graph.vertexSet()) {
            if (!"VBG".equals(word.tag())) continue;
            boolean nominal = graph.incomingEdgeList(word).stream()
                    .anyMatch(e -> e.getRelation().toString().startsWith("nsubj") || e.getRelation().toString().equals("obj"));
            boolean clausal = hasDependent(graph, word, r -> r.startsWith("nsubj") || r.equals("obj") || r.equals("ccomp") || r.equals("xcomp"));
            if (!nominal || clausal) continue;
            word.setLemma(word.word().toLowerCase(Locale.ROOT));
            // its prepositional dependents are a noun's ("fighting between Armenia and Azerbaijan")
            for (SemanticGraphEdge e : List.copyOf(graph.outgoingEdgeList(word))) {
                String rel = e.getRelation().toString();
                if (!rel.startsWith("obl:")) continue;
                graph.removeEdge(e);
                graph.addEdge(word, e.getDependent(), UniversalEnglishGrammaticalRelations.getNmod(rel.substring(4)), Double.NEGATIVE_INFINITY, false);
            }
        }
    }

    /**
     * Gives the -ing complement of a {@link #CONTINUING_VERBS continuing verb} that verb's subject, as
     * enhanced++ does for controlled infinitives.
     */
    private static void linkGerundSubjects(SemanticGraph graph) {
        for (SemanticGraphEdge xcomp : List.copyOf(graph.edgeListSorted())) {
            IndexedWord verb = xcomp.getGovernor();
            IndexedWord gerund = xcomp.getDependent();
            if (!xcomp.getRelation().toString().equals("xcomp") || !"VBG".equals(gerund.tag())
                    || verb.lemma() == null || !CONTINUING_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) continue;
            if (hasSubject(graph, gerund)) continue;
            giveSubject(graph, gerund, verb, Set.of("nsubj"));
        }
    }

    /**
     * "Russia responded by accusing Turkey of …", "Moscow lost no time in accusing Ankara": depparse
     * reads a gerund right after a preposition as an adjective of the noun that follows ("accusing" an
     * amod of "Turkey", the preposition the noun's case), so the verb has neither object nor clause and no
     * rule sees the accusation. Rebuilt as the verb it is: the gerund takes the noun's place under its
     * governor as an adverbial clause of that preposition, the noun becomes its object, the preposition
     * its mark, and a following "of / for" clause of the noun ("of fuelling the violence") hangs on it.
     */
    private static void raisePrepositionalGerunds(SemanticGraph graph) {
        for (SemanticGraphEdge amod : List.copyOf(graph.edgeListSorted())) {
            IndexedWord gerund = amod.getDependent();
            IndexedWord noun = amod.getGovernor();
            if (!amod.getRelation().toString().equals("amod") || !"VBG".equals(gerund.tag())
                    || gerund.index() != noun.index() - 1 && !isDeterminerBetween(graph, gerund, noun)) continue;
            SemanticGraphEdge caseEdge = graph.outgoingEdgeList(noun).stream()
                    .filter(e -> e.getRelation().toString().equals("case") && e.getDependent().index() == gerund.index() - 1)
                    .findFirst().orElse(null);
            if (caseEdge == null || !GERUND_PREPOSITIONS.contains(caseEdge.getDependent().word().toLowerCase(Locale.ROOT))) continue;
            String preposition = caseEdge.getDependent().word().toLowerCase(Locale.ROOT);
            for (SemanticGraphEdge in : List.copyOf(graph.incomingEdgeList(noun))) {
                if (in == amod) continue;
                graph.removeEdge(in);
                graph.addEdge(in.getGovernor(), gerund, UniversalEnglishGrammaticalRelations.getAdvcl(preposition), Double.NEGATIVE_INFINITY, false);
            }
            graph.removeEdge(amod);
            graph.removeEdge(caseEdge);
            graph.addEdge(gerund, noun, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
            graph.addEdge(gerund, caseEdge.getDependent(), UniversalEnglishGrammaticalRelations.MARKER, Double.NEGATIVE_INFINITY, false);
            for (SemanticGraphEdge e : List.copyOf(graph.outgoingEdgeList(noun))) {
                String rel = e.getRelation().toString();
                if ((rel.equals("acl:of") || rel.equals("acl:for") || rel.equals("nmod:of") || rel.equals("nmod:for"))
                        && e.getDependent().index() > noun.index() && noun.tag() != null && noun.tag().startsWith("NNP")) {
                    graph.removeEdge(e);
                    String prep = rel.substring(rel.indexOf(':') + 1);
                    boolean clause = isVerb(e.getDependent());
                    graph.addEdge(gerund, e.getDependent(), clause ? UniversalEnglishGrammaticalRelations.getAdvcl(prep)
                            : UniversalEnglishGrammaticalRelations.getObl(prep), Double.NEGATIVE_INFINITY, false);
                }
            }
        }
    }

    /**
     * "accused Russia of backing Armenia": depparse may hang the preposition on the verb as a bare
     * {@code dep} and the gerund under the preposition. The gerund becomes the verb's adverbial clause of
     * that preposition, as it is parsed when depparse gets it right, so the object-control repair below
     * can give it its doer.
     */
    private static void attachStrandedPrepositionGerunds(SemanticGraph graph) {
        for (SemanticGraphEdge dep : List.copyOf(graph.edgeListSorted())) {
            IndexedWord verb = dep.getGovernor();
            IndexedWord preposition = dep.getDependent();
            if (!dep.getRelation().toString().equals("dep") || !"IN".equals(preposition.tag()) || !isVerb(verb)) continue;
            for (SemanticGraphEdge down : List.copyOf(graph.outgoingEdgeList(preposition))) {
                IndexedWord gerund = down.getDependent();
                String rel = down.getRelation().toString();
                if (!"VBG".equals(gerund.tag()) || !(rel.equals("acl") || rel.equals("dep") || rel.equals("advcl"))) continue;
                graph.removeEdge(dep);
                graph.removeEdge(down);
                String marker = preposition.word().toLowerCase(Locale.ROOT);
                graph.addEdge(verb, gerund, UniversalEnglishGrammaticalRelations.getAdvcl(marker), Double.NEGATIVE_INFINITY, false);
                graph.addEdge(gerund, preposition, UniversalEnglishGrammaticalRelations.MARKER, Double.NEGATIVE_INFINITY, false);
                break;
            }
        }
    }

    /**
     * "Around 120,000 ethnic Armenians fled": depparse takes the approximator before a figure for a
     * preposition and the counted noun for an oblique of the verb, which is then left without a subject.
     * A subjectless verb whose oblique of "around / about / some / nearly / almost / over" precedes it,
     * with the approximator right before the noun's figure, has that noun as its subject.
     */
    private static void linkApproximatedSubjects(SemanticGraph graph) {
        for (SemanticGraphEdge obl : List.copyOf(graph.edgeListSorted())) {
            String rel = obl.getRelation().toString();
            IndexedWord verb = obl.getGovernor();
            IndexedWord noun = obl.getDependent();
            if (!rel.startsWith("obl:") || !APPROXIMATORS.contains(rel.substring(4)) || noun.index() > verb.index()
                    || !isVerb(verb) || hasSubject(graph, verb)) continue;
            boolean figureAfterApproximator = graph.outgoingEdgeList(noun).stream()
                    .anyMatch(e -> e.getRelation().toString().equals("nummod")
                            && graph.outgoingEdgeList(noun).stream().anyMatch(c -> c.getRelation().toString().equals("case")
                                    && c.getDependent().index() == e.getDependent().index() - 1));
            if (!figureAfterApproximator) continue;
            graph.removeEdge(obl);
            graph.addEdge(verb, noun, isPassive(graph, verb) ? UniversalEnglishGrammaticalRelations.NOMINAL_PASSIVE_SUBJECT
                    : UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
        }
    }

    /**
     * "acquired $4 billion worth of weapons from Russia", "the delivery of $200 million worth of Russian
     * arms": depparse heads the phrase with "worth", so the verb's object or the delivery's goods are a
     * worth, not weapons. The noun after "worth of" takes the place of "worth", which becomes its
     * quantifying modifier, as enhanced++ does for "a lot of".
     */
    private static void raiseValuedNouns(SemanticGraph graph) {
        for (SemanticGraphEdge of : List.copyOf(graph.edgeListSorted())) {
            IndexedWord worth = of.getGovernor();
            IndexedWord goods = of.getDependent();
            if (!of.getRelation().toString().equals("nmod:of") || !"worth".equalsIgnoreCase(worth.word())) continue;
            takePlace(graph, worth, goods);
            graph.removeEdge(of);
            graph.addEdge(goods, worth, UniversalEnglishGrammaticalRelations.QMOD, Double.NEGATIVE_INFINITY, false);
        }
    }

    /**
     * "carried out extensive shelling against Armenian positions": depparse may make the adjective the
     * head and hang the noun right after it on it as an adjective ("obj(carried, extensive)",
     * "amod(extensive, shelling)"). The noun becomes the head again, with all the adjective's other
     * dependents, and the adjective its modifier.
     */
    private static void reheadAdjectivesOverNouns(SemanticGraph graph) {
        for (SemanticGraphEdge amod : List.copyOf(graph.edgeListSorted())) {
            IndexedWord adjective = amod.getGovernor();
            IndexedWord noun = amod.getDependent();
            if (!amod.getRelation().toString().equals("amod") || adjective.tag() == null || !adjective.tag().startsWith("JJ")
                    || noun.index() != adjective.index() + 1 || noun.tag() == null || !(noun.tag().startsWith("NN") || noun.tag().equals("VBG"))
                    || hasDependent(graph, noun, r -> r.equals("amod")))
                continue;
            takePlace(graph, adjective, noun);
            for (SemanticGraphEdge out : List.copyOf(graph.outgoingEdgeList(adjective))) {
                if (out == amod) continue;
                graph.removeEdge(out);
                graph.addEdge(noun, out.getDependent(), out.getRelation(), Double.NEGATIVE_INFINITY, false);
            }
            graph.removeEdge(amod);
            graph.addEdge(noun, adjective, UniversalEnglishGrammaticalRelations.ADJECTIVAL_MODIFIER, Double.NEGATIVE_INFINITY, false);
        }
    }

    /** Puts {@code replacement} where {@code word} stood: under each of its governors, or as the root. */
    private static void takePlace(SemanticGraph graph, IndexedWord word, IndexedWord replacement) {
        for (SemanticGraphEdge in : List.copyOf(graph.incomingEdgeList(word))) {
            graph.removeEdge(in);
            graph.addEdge(in.getGovernor(), replacement, in.getRelation(), Double.NEGATIVE_INFINITY, false);
        }
        if (graph.isRoot(word)) {
            List<IndexedWord> roots = new ArrayList<>(graph.getRoots());
            roots.set(roots.indexOf(word), replacement);
            graph.setRoots(roots);
        }
    }

    /** "by accusing the Turkish side": a determiner or possessive is all that may stand between gerund and noun. */
    private static boolean isDeterminerBetween(SemanticGraph graph, IndexedWord gerund, IndexedWord noun) {
        if (noun.index() - gerund.index() > 3) return false;
        for (int i = gerund.index() + 1; i < noun.index(); i++) {
            IndexedWord between = graph.getNodeByIndexSafe(i);
            if (between == null || graph.getParent(between) != noun) return false;
        }
        return true;
    }

    /**
     * "Baku launched the offensive, alleging that …", "Moscow responded by accusing Ankara": a gerund
     * clause that modifies a verb, with no subject of its own, is done by that verb's subject. Not after
     * "without" or "instead of": "responded without blaming anyone" must not become a deed.
     */
    private static void linkAdverbialGerundSubjects(SemanticGraph graph) {
        for (SemanticGraphEdge clause : List.copyOf(graph.edgeListSorted())) {
            String rel = clause.getRelation().toString();
            IndexedWord verb = clause.getGovernor();
            IndexedWord gerund = clause.getDependent();
            boolean adverbial = rel.equals("advcl") || rel.equals("dep") && gerund.index() > verb.index()
                    || rel.startsWith("advcl:") && SUBJECT_SHARING_MARKS.contains(rel.substring(6));
            if (!adverbial || !"VBG".equals(gerund.tag()) || !isVerb(verb) || hasSubject(graph, gerund)) continue;
            giveSubject(graph, gerund, verb, Set.of("nsubj", "nsubj:pass"));
        }
    }

    /**
     * "accused Turkey of fuelling the violence", "blamed Yerevan for shelling": the gerund of an
     * "of / for" clause is done by the verb's object, not its subject. A verb without an object
     * ("Baku apologised for shooting down the helicopter", "was criticised for failing to act") has
     * its subject do it, unless the verb asks for the deed rather than owning it ("called for ending").
     */
    private static void linkObjectControlledGerunds(SemanticGraph graph) {
        for (SemanticGraphEdge clause : List.copyOf(graph.edgeListSorted())) {
            String rel = clause.getRelation().toString();
            IndexedWord verb = clause.getGovernor();
            IndexedWord gerund = clause.getDependent();
            if (!rel.matches("(advcl|obl|acl):(of|for)") || !"VBG".equals(gerund.tag()) || hasSubject(graph, gerund)) continue;
            if (hasDependent(graph, verb, r -> r.equals("obj"))) giveSubject(graph, gerund, verb, Set.of("obj"));
            else if (rel.equals("advcl:for") && isVerb(verb) && !ASKING_VERBS.contains(verb.lemma()))
                giveSubject(graph, gerund, verb, Set.of("nsubj", "nsubj:pass"));
        }
    }

    /**
     * "France, which for decades mediated the conflict, …": depparse often leaves the relative pronoun
     * unattached to its verb, so the relative clause has no subject and no rule sees who mediated. A
     * relative clause whose verb has no subject gets the noun it modifies as its subject, when that
     * noun has a relative pronoun before the verb ("the truce that Moscow brokered" has its own subject).
     */
    private static void linkRelativeSubjects(SemanticGraph graph) {
        for (SemanticGraphEdge relcl : List.copyOf(graph.edgeListSorted())) {
            if (!relcl.getRelation().toString().equals("acl:relcl")) continue;
            IndexedWord head = relcl.getGovernor();
            IndexedWord verb = relcl.getDependent();
            boolean pronounBefore = graph.outgoingEdgeList(head).stream()
                    .anyMatch(e -> e.getRelation().toString().equals("ref") && e.getDependent().index() < verb.index());
            if (hasSubject(graph, verb) || !pronounBefore || !isVerb(verb)) continue;
            graph.addEdge(verb, head, isPassive(graph, verb) ? UniversalEnglishGrammaticalRelations.NOMINAL_PASSIVE_SUBJECT
                    : UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, true);
        }
    }

    /** Makes the dependents of {@code governor} along the given relations subjects of the gerund (extra edges). */
    private static void giveSubject(SemanticGraph graph, IndexedWord gerund, IndexedWord governor, Set<String> relations) {
        for (SemanticGraphEdge e : graph.outgoingEdgeList(governor)) {
            if (relations.contains(e.getRelation().toString()))
                graph.addEdge(gerund, e.getDependent(), UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, true);
        }
    }

    private static boolean isVerb(IndexedWord word) {
        return word.tag() != null && word.tag().startsWith("VB");
    }

    private static boolean isPassive(SemanticGraph graph, IndexedWord verb) {
        return hasDependent(graph, verb, r -> r.equals("aux:pass"));
    }

    /** Whether the word has a nominal subject of any kind (nsubj, nsubj:pass, nsubj:xsubj). */
    private static boolean hasSubject(SemanticGraph graph, IndexedWord word) {
        return hasDependent(graph, word, r -> r.startsWith("nsubj"));
    }

    /** Whether the word has a dependent by a relation the test accepts. */
    private static boolean hasDependent(SemanticGraph graph, IndexedWord word, Predicate<String> relation) {
        return graph.outgoingEdgeList(word).stream().anyMatch(e -> relation.test(e.getRelation().toString()));
    }

    /**
     * Replaces the lemmas of {@link #PLURAL_LEMMAS} and {@link #HYPHENATED_LEMMAS}, and those of common
     * nouns the tagger took for names, once the parse has been built from the tokens.
     * <p>
     * A capitalised word that opens a sentence or stands in a title-case headline ("Hostilities broke
     * out", "Azerbaijani Forces Attack Armenian Troops") is tagged NNP or NNPS, and the lemmatiser keeps
     * a name as it is written, so no rule's word list ever matched it. Where NER found no entity in it,
     * the word gets the lemma of the common noun it is; tag and word stay as they were.
     */
    private static void correctLemmas(CoreDocument doc) {
        List<CoreLabel> tokens = doc.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            if (("NNP".equals(token.tag()) || "NNPS".equals(token.tag())) && "O".equals(token.ner())
                    && token.lemma() != null && !token.lemma().isEmpty() && Character.isUpperCase(token.lemma().charAt(0)))
                token.setLemma(Morphology.lemmaStatic(token.word().toLowerCase(Locale.ROOT), "NNPS".equals(token.tag()) ? "NNS" : "NN"));
            String fixed = PLURAL_LEMMAS.get(token.word().toLowerCase(Locale.ROOT));
            if (fixed != null && "NNS".equals(token.tag())) token.setLemma(fixed);
            if (i >= 2 && tokens.get(i - 1).word().equals("-") && touching(tokens.get(i - 2), tokens.get(i - 1))
                    && touching(tokens.get(i - 1), token)) {
                String closed = HYPHENATED_LEMMAS.get((tokens.get(i - 2).word() + "-" + token.word()).toLowerCase(Locale.ROOT));
                if (closed != null) token.setLemma(closed);
            }
        }
    }

    private static boolean touching(CoreLabel left, CoreLabel right) {
        return left.endPosition() == right.beginPosition();
    }

    private static String firstDay(PartialDate d) {
        return String.format("%04d-%02d-%02d", d.year(), Math.max(1, d.month()), Math.max(1, d.day()));
    }
}
