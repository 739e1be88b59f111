package org.conflictkg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.corpus.PartialDate;

/**
 * Direct quotations and who said them. CoreNLP finds the quoted spans ({@link ArticleScope#quotations()});
 * this class decides which are quotations (not scare quotes around a term) and attributes each to its
 * speaker by the reporting verb around it ("…," X said; X told Y, "…"; saying "…"; X issued the
 * following statement: "…"), by "according to X", or by continuing the previous quotation of the
 * same paragraph. A quotation the text does not attribute gets {@link Entity#UNKNOWN}, never a guess.
 */
final class QuoteExtractor {

    static final String RULE = "quote#attribution";
    static final String CONTINUATION_RULE = "quote#continuation";
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i");
    private static final int MIN_FRAGMENT_WORDS = 5;

    private final Lexicon lexicon;
    private final NodeResolver nodes;

    QuoteExtractor(Lexicon lexicon, NodeResolver nodes) {
        this.lexicon = lexicon;
        this.nodes = nodes;
    }

    List<Claim> extract(ArticleScope scope) {
        List<Claim> out = new ArrayList<>();
        String text = scope.annotated().article().text();
        Entity previousSpeaker = null;
        int previousEnd = -1;
        Entity lastSubject = null;
        for (ArticleScope.Quotation quote : scope.quotations()) {
            int begin = quote.begin();
            int end = quote.end();
            String inner = stripMarks(quote.text());
            List<Integer> sentences = sentencesOf(scope, begin, end);
            // one or two words are a name or a term in quotation marks ("Zangezur Corridor"), not a statement
            if (sentences.isEmpty() || inner.isBlank() || mispaired(inner) || words(inner) < 3) continue;
            boolean standalone = isStandalone(scope, sentences, begin, end);
            // a scare-quoted term or a borrowed phrase; a whole sentence after "X said:" is a quotation however short
            if (!standalone && !isQuotedClause(scope, sentences, begin, end) && !isWholeSentence(inner)) continue;
            Optional<Attribution> attribution = attribute(scope, sentences, begin, end);
            Entity speaker;
            String rule = RULE;
            Optional<TimeSpec> time = Optional.empty();
            if (attribution.isPresent()) {
                speaker = attribution.get().speaker();
                time = attribution.get().time();
                if (speaker == null) {
                    Entity lastQuoted = lastSubject;
                    // "When Putin visited the base, he struck a confident tone. '…,' he said.": with no one
                    // reporting just before and no one quoted yet, the person last named before the quotation
                    speaker = reporterBefore(scope, sentences.get(0))
                            .or(() -> Optional.ofNullable(lastQuoted))
                            .or(() -> lastPersonBefore(scope, sentences.get(0), begin))
                            .orElse(Entity.UNKNOWN);
                }
            } else if (standalone && introducedBefore(scope, sentences.get(0)).isPresent()) {
                // "X told reporters:" closing the previous sentence or paragraph
                speaker = introducedBefore(scope, sentences.get(0)).get();
            } else if (standalone && previousSpeaker != null && continuesQuotation(text, previousEnd, begin, end)) {
                speaker = previousSpeaker;
                rule = CONTINUATION_RULE;
            } else {
                speaker = Entity.UNKNOWN;
            }
            // Words quoted whole were, in news style, said for the day's report; a fragment woven into the
            // reporter's own sentence may come from any earlier statement, so it is dated only by its sentence.
            if (time.isEmpty() && standalone) time = scope.published().filter(d -> d.precision() == PartialDate.Precision.DAY).map(TimeSpec::at);
            int first = sentences.get(0);
            CoreSentence last = scope.sentence(sentences.get(sentences.size() - 1));
            Evidence evidence = new Evidence(first, Math.min(begin, scope.sentence(first).charOffsets().first()),
                    Math.max(end, last.charOffsets().second()), begin, end);
            out.add(new Claim(scope.articleId(), Relation.quote, speaker, new ClaimObject.QuoteValue(inner),
                    Polarity.POSITIVE, time, Optional.empty(), evidence, rule, speaker.isUnknown() ? 0.5 : 0.85));
            if (!speaker.isUnknown()) {
                previousSpeaker = speaker;
                previousEnd = end;
            }
            lastSubject = speaker.isUnknown() ? lastSubject : speaker;
        }
        return out;
    }

    private record Attribution(Entity speaker, Optional<TimeSpec> time) {}

    /**
     * A quotation that runs on across a paragraph whose start has no opening mark is two stray marks
     * paired by mistake: news style reopens a quotation at every paragraph it continues into.
     */
    static boolean mispaired(String inner) {
        String[] paragraphs = inner.split("\n\n");
        for (int i = 1; i < paragraphs.length; i++) {
            if (!paragraphs[i].isEmpty() && "\"“‘'«".indexOf(paragraphs[i].charAt(0)) < 0) return true;
        }
        return false;
    }

    /**
     * The quotation's words without its marks and the spaces inside them. A comma before the closing
     * mark ("…," she said) belongs to the reporter's sentence, not to the words quoted.
     */
    static String stripMarks(String quoted) {
        String s = quoted.strip();
        s = s.replaceAll("^[\"“”„«»‘’']+", "").replaceAll("[\"“”„«»‘’']+$", "");
        return s.strip().replaceAll(",$", "");
    }

    private static List<Integer> sentencesOf(ArticleScope scope, int begin, int end) {
        List<Integer> out = new ArrayList<>();
        List<CoreSentence> all = scope.sentences();
        for (int i = 0; i < all.size(); i++) {
            int sb = all.get(i).charOffsets().first();
            int se = all.get(i).charOffsets().second();
            if (se > begin && sb < end) out.add(i);
        }
        return out;
    }

    /** Whether the quotation is a whole sentence or more, or opens one (not a fragment inside a sentence). */
    private static boolean isStandalone(ArticleScope scope, List<Integer> sentences, int begin, int end) {
        CoreSentence first = scope.sentence(sentences.get(0));
        List<CoreLabel> tokens = first.tokens();
        int firstWordInside = 0;
        while (firstWordInside < tokens.size() && tokens.get(firstWordInside).beginPosition() < begin) firstWordInside++;
        // only punctuation before the opening mark: the quote opens the sentence
        for (int i = 0; i < firstWordInside; i++) {
            if (tokens.get(i).word().chars().anyMatch(Character::isLetterOrDigit)) return false;
        }
        return true;
    }

    /** Quoted words that make a sentence of their own: a capital first, closing punctuation last. */
    private static boolean isWholeSentence(String inner) {
        return inner.length() > 1 && Character.isUpperCase(inner.charAt(0)) && ".!?…".indexOf(inner.charAt(inner.length() - 1)) >= 0;
    }

    private static int words(String text) {
        return text.strip().split("\\s+").length;
    }

    /**
     * A quoted fragment inside a sentence is a quotation when it is a clause or predicate of its own
     * (it has a verb and five words or more: "…, saying the treaty 'does not apply here'"); a quoted
     * noun phrase ("the so-called 'Minsk Group'") is a scare-quoted term, and a shorter predicate
     * ("expressed 'deep condolences'", "'punish those responsible'") is a phrase the reporter borrows
     * inside their own account rather than a statement to attribute.
     */
    private static boolean isQuotedClause(ArticleScope scope, List<Integer> sentences, int begin, int end) {
        int words = 0;
        boolean verb = false;
        for (int s : sentences) {
            for (CoreLabel t : scope.tokens(s)) {
                if (t.beginPosition() < begin || t.endPosition() > end) continue;
                if (t.word().chars().anyMatch(Character::isLetterOrDigit)) words++;
                if (t.tag() != null && t.tag().startsWith("VB")) verb = true;
            }
        }
        return verb && words >= MIN_FRAGMENT_WORDS;
    }

    /**
     * The reporting verb outside the quotation in the sentences it touches, and that verb's subject;
     * or "according to X". Of several in one sentence the one nearest the quotation speaks it ("While X
     * described the deal as painful, Y celebrated, tweeting: '…'"), except a verb inside what another
     * reporting verb reports ("The Kremlin said that X had apologised, adding that '…'": the Kremlin
     * adds it). Empty when the sentences hold no
     * attribution; a present attribution with a null speaker means a pronoun subject, for the caller to
     * resolve to the last speaker.
     */
    private Optional<Attribution> attribute(ArticleScope scope, List<Integer> sentences, int begin, int end) {
        // The sentence holding the attribution is the last one the quotation touches (",” X said.")
        // or the first ("X said: “…").
        List<Integer> order = new ArrayList<>();
        order.add(sentences.get(sentences.size() - 1));
        if (!order.contains(sentences.get(0))) order.add(sentences.get(0));
        for (int s : order) {
            SemanticGraph g = scope.graph(s);
            List<CoreLabel> tokens = scope.tokens(s);
            Optional<Attribution> nearest = Optional.empty();
            int nearestDistance = Integer.MAX_VALUE;
            for (IndexedWord w : g.vertexListSorted()) {
                // "According to X, “…”": the phrase is outside the quotation, though the parser may hang it
                // on a verb inside; it is as near as the phrase itself
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                    if (!e.getRelation().toString().equals("obl:according_to") || !outside(tokens, e.getDependent(), begin, end)) continue;
                    int phraseDistance = distance(tokens.get(e.getDependent().index() - 1), begin, end);
                    if (phraseDistance < nearestDistance) {
                        nearest = Optional.of(new Attribution(speakerOf(scope, s, e.getDependent()), Optional.empty()));
                        nearestDistance = phraseDistance;
                    }
                }
                CoreLabel t = tokens.get(w.index() - 1);
                if (t.beginPosition() >= begin && t.endPosition() <= end) continue;
                int distance = distance(t, begin, end);
                if (distance >= nearestDistance) continue;
                boolean introduces = isReportVerb(g, w) || isQuotingVerbNextTo(w, distance)
                        || statementIssued(g, w).filter(st -> distance(tokens.get(st.index() - 1), begin, end) <= 3).isPresent();
                if (introduces && !reportedByAnother(g, w, tokens, begin, end)) {
                    Optional<IndexedWord> subject = quotedAsSaying(g, w, tokens, begin, end)
                            .or(() -> subjectOf(g, w, tokens, begin, end)).or(() -> invertedSubject(g, w, tokens, end))
                            .or(() -> adjacentName(scope, s, w, begin, end));
                    if (subject.isEmpty()) continue;
                    Optional<TimeSpec> time = scope.time().timeOf(g, tokens, w, List.of());
                    nearest = Optional.of(new Attribution(speakerOf(scope, s, subject.get()), time));
                    nearestDistance = distance;
                }
            }
            if (nearest.isPresent()) return nearest;
        }
        return Optional.empty();
    }

    /**
     * Whether a reporting verb outside the quotation governs {@code w}, directly or through other words
     * (the parser often makes a verb inside the quotation the root, with "…," X said hanging from it).
     */
    private boolean reportedByAnother(SemanticGraph g, IndexedWord w, List<CoreLabel> tokens, int begin, int end) {
        Set<IndexedWord> seen = new HashSet<>();
        Deque<IndexedWord> up = new ArrayDeque<>(g.getParents(w));
        while (!up.isEmpty()) {
            IndexedWord n = up.pop();
            if (!seen.add(n)) continue;
            if (!outside(tokens, n, begin, end)) continue;
            if (isReportVerb(g, n)) return true;
            up.addAll(g.getParents(n));
        }
        return false;
    }

    /** Characters between a token and the quotation [begin, end). */
    private static int distance(CoreLabel t, int begin, int end) {
        return t.endPosition() <= begin ? begin - t.endPosition() : t.beginPosition() - end;
    }

    /**
     * "Lavrov continued, “…”", "“…,” the agency reports": verbs that introduce speech only when they
     * stand right by the quotation, a comma or colon apart (lexicon {@code quote-verb}); elsewhere
     * "continued" and "reported" are deeds, not speech.
     */
    private boolean isQuotingVerbNextTo(IndexedWord w, int distance) {
        return distance <= 3 && w.tag() != null && w.tag().startsWith("VB") && w.lemma() != null
                && lexicon.has("quote-verb", w.lemma());
    }

    /**
     * "The Foreign Ministry issued the following statement: “…”": the statement a verb issues, released
     * or made (lexicon {@code statement-noun}); it introduces the quotation it stands right before.
     */
    private Optional<IndexedWord> statementIssued(SemanticGraph g, IndexedWord w) {
        if (!NodeResolver.isVerb(w)) return Optional.empty();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            if (e.getRelation().toString().equals("obj") && e.getDependent().lemma() != null
                && lexicon.has("statement-noun", e.getDependent().lemma().toLowerCase())) return Optional.of(e.getDependent());
        }
        return Optional.empty();
    }

    /** A reporting verb of the lexicon, alone ("said") or with its particle ("went on", "pointed out"). */
    private boolean isReportVerb(SemanticGraph g, IndexedWord w) {
        if (w.lemma() == null || w.tag() == null || !w.tag().startsWith("VB")) return false;
        if (lexicon.has("report-verb", w.lemma())) return true;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            // the parser reads the particle as a particle or, right after the verb, as an adverb ("went on")
            String rel = e.getRelation().toString();
            boolean particle = rel.equals("compound:prt") || rel.equals("advmod") && e.getDependent().index() == w.index() + 1;
            if (particle && lexicon.has("report-verb", w.lemma() + " " + e.getDependent().word().toLowerCase())) return true;
        }
        return false;
    }

    /**
     * "“…,” said the Russian President": after a quotation the parser may read the speaker of an
     * inverted "said X" as the verb's object.
     */
    private static Optional<IndexedWord> invertedSubject(SemanticGraph g, IndexedWord verb, List<CoreLabel> tokens, int end) {
        if (tokens.get(verb.index() - 1).beginPosition() < end) return Optional.empty();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            if (e.getRelation().toString().equals("obj") && e.getDependent().index() > verb.index()) return Optional.of(e.getDependent());
        }
        return Optional.empty();
    }

    /**
     * When the parse gives the reporting verb no subject ("…," Pashinyan, whose country …, said), the
     * name between the quotation and the verb, or right after the verb ("said Tigran Grigoryan").
     */
    private static Optional<IndexedWord> adjacentName(ArticleScope scope, int s, IndexedWord verb, int begin, int end) {
        List<CoreLabel> tokens = scope.tokens(s);
        int v = verb.index() - 1;
        int from = v;
        while (from > 0 && tokens.get(from - 1).beginPosition() >= end) from--;
        for (int i = from; i < v; i++) {
            if (scope.entities().at(s, i + 1).filter(QuoteExtractor::canSpeak).isPresent()) return Optional.ofNullable(scope.graph(s).getNodeByIndexSafe(i + 1));
        }
        // "…," X is quoted by TASS: what follows "quoted" is the agency, not the speaker
        if (verb.lemma().equals("quote")) return Optional.empty();
        // "said Russian Foreign Minister Sergei Lavrov": the name may come after a title; a nationality
        // adjective on a common noun ("said the Armenian owner of a shop") is not the speaker
        for (int i = v + 1; i < Math.min(tokens.size(), v + 7); i++) {
            if (tokens.get(i).beginPosition() >= begin && tokens.get(i).endPosition() <= end) break;
            IndexedWord node = scope.graph(s).getNodeByIndexSafe(i + 1);
            if (node == null || isModifier(scope.graph(s), node)) continue;
            if (scope.entities().at(s, i + 1).filter(QuoteExtractor::canSpeak).isPresent()) return Optional.of(node);
        }
        return Optional.empty();
    }

    private static boolean isModifier(SemanticGraph g, IndexedWord node) {
        for (SemanticGraphEdge e : g.incomingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            if (rel.equals("amod") || rel.equals("nmod:poss")) return true;
        }
        return false;
    }

    private static boolean canSpeak(Entity e) {
        return !e.type().equals("City") && !e.type().equals("Region") && !e.type().equals("Place");
    }

    /** The speaker of a sentence that ends with a colon after a reporting verb or an issued statement, just before {@code s}. */
    private Optional<Entity> introducedBefore(ArticleScope scope, int s) {
        if (s == 0) return Optional.empty();
        String previous = scope.sentence(s - 1).text().strip();
        if (!previous.endsWith(":")) return Optional.empty();
        SemanticGraph g = scope.graph(s - 1);
        List<CoreLabel> tokens = scope.tokens(s - 1);
        for (IndexedWord w : g.vertexListSorted()) {
            if (!lexicon.has("report-verb", w.lemma()) && statementIssued(g, w).isEmpty()) continue;
            Optional<IndexedWord> subject = subjectOf(g, w, tokens, -1, -1).or(() -> adjacentName(scope, s - 1, w, -1, -1));
            if (subject.isPresent()) {
                Entity e = speakerOf(scope, s - 1, subject.get());
                if (e != null && !e.isUnknown()) return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static boolean outside(List<CoreLabel> tokens, IndexedWord w, int begin, int end) {
        CoreLabel t = tokens.get(w.index() - 1);
        return t.endPosition() <= begin || t.beginPosition() >= end;
    }

    /**
     * "TASS quoted Pashinyan as saying", "a statement cited X as telling Y that": the speaker is the one
     * quoted, not the agency or document that quotes.
     */
    private Optional<IndexedWord> quotedAsSaying(SemanticGraph g, IndexedWord verb, List<CoreLabel> tokens, int begin, int end) {
        if (!verb.lemma().equals("quote") && !verb.lemma().equals("cite")) {
            // reached from "telling" or "saying" first: the quoting verb is its governor
            for (SemanticGraphEdge e : g.incomingEdgeIterable(verb)) {
                String rel = e.getRelation().toString();
                String gov = e.getGovernor().lemma();
                if ((rel.startsWith("advcl") || rel.equals("xcomp") || rel.startsWith("obl:as")) && (gov.equals("quote") || gov.equals("cite")))
                    return quotedAsSaying(g, e.getGovernor(), tokens, begin, end);
            }
            return Optional.empty();
        }
        IndexedWord quoted = null;
        boolean saying = false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if (rel.equals("obj") && outside(tokens, e.getDependent(), begin, end)) quoted = e.getDependent();
            if ((rel.startsWith("advcl") || rel.equals("xcomp") || rel.startsWith("obl:as")) && lexicon.has("report-verb", e.getDependent().lemma())) saying = true;
        }
        // "cited Armen Grigoryan, the secretary of the Council, as saying": after an apposition the parser
        // may hang "as saying" lower down
        for (IndexedWord d : g.descendants(verb)) {
            if (saying || d.equals(verb) || !lexicon.has("report-verb", d.lemma())) continue;
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(d)) {
                String rel = e.getRelation().toString();
                if ((rel.equals("mark") || rel.equals("case")) && e.getDependent().word().equalsIgnoreCase("as")) saying = true;
            }
        }
        return saying ? Optional.ofNullable(quoted) : Optional.empty();
    }

    /** The verb's subject outside the quotation; a participle ("…, saying") takes its clause's subject. */
    private static Optional<IndexedWord> subjectOf(SemanticGraph g, IndexedWord verb, List<CoreLabel> tokens, int begin, int end) {
        IndexedWord node = verb;
        for (int depth = 0; depth < 3 && node != null; depth++) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
                String rel = e.getRelation().toString();
                if ((rel.equals("nsubj") || rel.equals("nsubj:xsubj")) && outside(tokens, e.getDependent(), begin, end))
                    return Optional.of(e.getDependent());
            }
            IndexedWord parent = null;
            for (SemanticGraphEdge e : g.incomingEdgeIterable(node)) {
                String rel = e.getRelation().toString();
                if (rel.equals("dep") || rel.startsWith("advcl") || rel.equals("xcomp") || rel.startsWith("conj")) parent = e.getGovernor();
            }
            node = parent;
        }
        return Optional.empty();
    }

    /**
     * The person named last before {@code offset}, in the quotation's first sentence or the one before it,
     * not counting names in brackets: "(Photo: Marco Fieber)" credits a photographer, who says nothing.
     */
    private static Optional<Entity> lastPersonBefore(ArticleScope scope, int s, int offset) {
        for (int k = s; k >= Math.max(0, s - 1); k--) {
            List<Entity> people = peopleOutsideBrackets(scope, k, k == s ? offset : Integer.MAX_VALUE);
            if (!people.isEmpty()) return Optional.of(people.get(people.size() - 1));
        }
        return Optional.empty();
    }

    /** The people named in sentence {@code k} outside brackets and before {@code offset}, in order. */
    private static List<Entity> peopleOutsideBrackets(ArticleScope scope, int k, int offset) {
        List<CoreLabel> tokens = scope.tokens(k);
        List<Entity> people = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < tokens.size() && tokens.get(i).endPosition() <= offset; i++) {
            String word = tokens.get(i).word();
            if (word.equals("(") || word.equals("-LRB-") || word.equals("[") || word.equals("-LSB-")) depth++;
            else if (word.equals(")") || word.equals("-RRB-") || word.equals("]") || word.equals("-RSB-")) depth = Math.max(0, depth - 1);
            else if (depth == 0) scope.entities().at(k, i + 1).filter(e -> e.type().equals("Person")).ifPresent(people::add);
        }
        return people;
    }

    /**
     * "Hajiyev said the pullout had been agreed. '…,' he told journalists.": a pronoun speaker is the
     * person who reported something in the sentence before (or, past sentences that name nobody, in one
     * of the three before), when there is one, rather than whoever was quoted last.
     */
    private Optional<Entity> reporterBefore(ArticleScope scope, int s) {
        // over sentences that name nobody (a photo caption, a line of boilerplate) to the one that reports
        for (int k = s - 1; k >= Math.max(0, s - 3); k--) {
            Optional<Entity> found = reporterIn(scope, k);
            if (found.isPresent() || !peopleOutsideBrackets(scope, k, Integer.MAX_VALUE).isEmpty()) return found;
        }
        return Optional.empty();
    }

    /** The person a reporting verb of sentence {@code k} (outside quotations) has as its subject, the last one. */
    private Optional<Entity> reporterIn(ArticleScope scope, int k) {
        SemanticGraph g = scope.graph(k);
        Optional<Entity> found = Optional.empty();
        List<CoreLabel> tokens = scope.tokens(k);
        for (IndexedWord verb : g.vertexListSorted()) {
            if (!lexicon.has("report-verb", verb.lemma()) || scope.insideQuotation(k, verb)) continue;
            // "Lavrov lashed out at Armenia, alleging that …": a participle reports for its clause's subject
            Optional<IndexedWord> subject = subjectOf(g, verb, tokens, -1, -1);
            if (subject.isEmpty() || PRONOUNS.contains(subject.get().word().toLowerCase())) continue;
            for (Entity reporter : nodes.resolve(scope, k, subject.get())) {
                if (reporter.type().equals("Person")) found = Optional.of(reporter);
            }
        }
        return found;
    }

    private Entity speakerOf(ArticleScope scope, int s, IndexedWord subject) {
        if (PRONOUNS.contains(subject.word().toLowerCase())) return null;
        List<Entity> e = nodes.resolve(scope, s, subject);
        if (!e.isEmpty()) return e.get(0);
        return Entity.UNKNOWN;
    }

    /**
     * Whether an unattributed quotation continues the previous one: in the same paragraph, or as the
     * whole of the next paragraph. A quotation that the next paragraph goes on to describe ("… ." The
     * words, scrawled on a sign, have become a refrain) is someone else's, or nobody's the text names.
     */
    private static boolean continuesQuotation(String text, int previousEnd, int begin, int end) {
        if (previousEnd < 0 || previousEnd > begin) return false;
        String between = text.substring(previousEnd, begin);
        int breaks = between.split("\n\n", -1).length - 1;
        if (breaks > 1 || between.length() >= 400) return false;
        return breaks == 0 || restOfParagraph(text, end).isBlank();
    }

    private static String restOfParagraph(String text, int from) {
        int paragraphEnd = text.indexOf("\n\n", from);
        return text.substring(from, paragraphEnd < 0 ? text.length() : paragraphEnd);
    }
}
