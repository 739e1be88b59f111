package org.conflictkg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
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

    /**
     * Words the tokenizer splits at their hyphen that rules know closed up: American and wire style
     * writes "cease-fire", and the head "fire" would never match a rule about ceasefires. The last part
     * takes the lemma of the closed-up word.
     */
    private static final Map<String, String> HYPHENATED_LEMMAS = Map.of(
            "cease-fire", "ceasefire", "cease-fires", "ceasefire",
            "peace-keeper", "peacekeeper", "peace-keepers", "peacekeeper", "peace-keeping", "peacekeeping");

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
            linkRelativeSubjects(sentence.dependencyParse());
            linkStrandedSubject(sentence.dependencyParse());
            linkGerundSubjects(sentence.dependencyParse());
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
                if (e.getRelation().toString().equals("dep") && verb.tag() != null && verb.tag().startsWith("VB")
                        && verb.index() > root.index() && !hasSubject(graph, verb)) {
                    graph.addEdge(verb, root, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, true);
                }
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
            for (SemanticGraphEdge subject : graph.outgoingEdgeList(verb)) {
                if (subject.getRelation().toString().equals("nsubj"))
                    graph.addEdge(gerund, subject.getDependent(), UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT,
                            Double.NEGATIVE_INFINITY, true);
            }
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
            if (hasSubject(graph, verb) || !pronounBefore || !verb.tag().startsWith("VB")) continue;
            boolean passive = graph.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().equals("aux:pass"));
            graph.addEdge(verb, head, passive ? UniversalEnglishGrammaticalRelations.NOMINAL_PASSIVE_SUBJECT
                    : UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, true);
        }
    }

    /** Whether the word has a nominal subject of any kind (nsubj, nsubj:pass, nsubj:xsubj). */
    private static boolean hasSubject(SemanticGraph graph, IndexedWord word) {
        return graph.outgoingEdgeList(word).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj"));
    }

    /**
     * Replaces the lemmas of {@link #PLURAL_LEMMAS} and {@link #HYPHENATED_LEMMAS}, once the parse has been
     * built from the tokens.
     */
    private static void correctLemmas(CoreDocument doc) {
        List<CoreLabel> tokens = doc.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
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
