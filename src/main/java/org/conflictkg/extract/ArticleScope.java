package org.conflictkg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.conflictkg.corpus.PartialDate;
import org.conflictkg.nlp.AnnotatedArticle;

/** Everything the extraction rules need to know about the article being read, for one call. */
final class ArticleScope {

    /** Marks that open a quotation, as a paragraph that goes on quoting starts with one. */
    private static final String OPENING_MARKS = "\"“‘'«„";

    private final AnnotatedArticle annotated;
    private final ArticleEntities entities;
    private final TimeNormaliser time;
    private final Optional<PartialDate> published;
    private List<Quotation> quotations;

    /** A direct quotation in the text: its character span, marks included, and the text of that span. */
    record Quotation(int begin, int end, String text) {}

    ArticleScope(AnnotatedArticle annotated, ArticleEntities entities, TimeNormaliser time, Optional<PartialDate> published) {
        this.annotated = annotated;
        this.entities = entities;
        this.time = time;
        this.published = published;
    }

    String articleId() { return annotated.article().id(); }
    AnnotatedArticle annotated() { return annotated; }
    ArticleEntities entities() { return entities; }
    TimeNormaliser time() { return time; }
    Optional<PartialDate> published() { return published; }

    CoreSentence sentence(int s) { return annotated.document().sentences().get(s); }
    List<CoreSentence> sentences() { return annotated.document().sentences(); }
    SemanticGraph graph(int s) { return sentence(s).dependencyParse(); }
    List<CoreLabel> tokens(int s) { return sentence(s).tokens(); }

    /** Evidence spanning the given parse nodes of sentence {@code s}. */
    Evidence evidence(int s, Collection<IndexedWord> nodes) {
        List<CoreLabel> tokens = tokens(s);
        int begin = Integer.MAX_VALUE;
        int end = 0;
        for (IndexedWord n : nodes) {
            CoreLabel t = tokens.get(n.index() - 1);
            begin = Math.min(begin, t.beginPosition());
            end = Math.max(end, t.endPosition());
        }
        return evidenceSpan(s, begin, end);
    }

    Evidence evidenceSpan(int s, int begin, int end) {
        CoreSentence sentence = sentence(s);
        int sb = sentence.charOffsets().first();
        int se = sentence.charOffsets().second();
        return new Evidence(s, sb, se, Math.max(sb, begin), Math.min(se, end));
    }

    /** Whether the token lies inside a direct quotation. */
    boolean insideQuotation(int s, IndexedWord node) {
        CoreLabel t = tokens(s).get(node.index() - 1);
        for (Quotation q : quotations()) {
            if (t.beginPosition() >= q.begin() && t.endPosition() <= q.end()) return true;
        }
        return false;
    }

    /**
     * The article's direct quotations, in text order: those CoreNLP finds closed, and those it finds
     * left open where news style leaves them open, a quotation running on into the next paragraph that
     * reopens it, or cut off by the end of a truncated text; each of these ends with its paragraph.
     */
    List<Quotation> quotations() {
        if (quotations != null) return quotations;
        String text = annotated.article().text();
        List<Quotation> found = new ArrayList<>();
        for (var q : annotated.document().quotes())
            found.add(new Quotation(q.quoteCharOffsets().first, q.quoteCharOffsets().second, q.text()));
        List<Quotation> closed = List.copyOf(found);
        for (CoreMap open : unclosed(annotated.document().annotation().get(CoreAnnotations.UnclosedQuotationsAnnotation.class))) {
            int begin = open.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int paragraphEnd = text.indexOf("\n\n", begin);
            String rest = paragraphEnd < 0 ? "" : text.substring(paragraphEnd).strip();
            int end = paragraphEnd < 0 || rest.isEmpty() ? text.stripTrailing().length() : paragraphEnd;
            boolean reopened = rest.isEmpty() || OPENING_MARKS.indexOf(rest.charAt(0)) >= 0;
            boolean overlaps = closed.stream().anyMatch(c -> c.begin() < end && begin < c.end());
            if (reopened && !overlaps && end > begin + 1) found.add(new Quotation(begin, end, text.substring(begin, end)));
        }
        found.sort(Comparator.comparingInt(Quotation::begin));
        quotations = List.copyOf(found);
        return quotations;
    }

    /** CoreNLP's unclosed quotations with those it nests inside them (one inside another runs to the same end). */
    private static List<CoreMap> unclosed(List<CoreMap> level) {
        List<CoreMap> all = new ArrayList<>();
        if (level == null) return all;
        for (CoreMap q : level) {
            all.add(q);
            all.addAll(unclosed(q.get(CoreAnnotations.UnclosedQuotationsAnnotation.class)));
        }
        return all;
    }

    /**
     * The calendar date stated nearest to a word of the sentence (not a "since" date): what an event
     * noun without a date of its own is most likely dated by ("the clashes of
     * September 2022, which …").
     */
    Optional<PartialDate> nearestDate(int s, IndexedWord node) {
        return nearestDate(s, node.index());
    }

    /** The calendar date stated last in a sentence (not a "since" date). */
    Optional<PartialDate> lastDate(int s) {
        return nearestDate(s, Integer.MAX_VALUE / 2);
    }

    private Optional<PartialDate> nearestDate(int s, int tokenIndex) {
        List<CoreLabel> tokens = tokens(s);
        Optional<PartialDate> best = Optional.empty();
        int bestDistance = Integer.MAX_VALUE;
        for (IndexedWord w : graph(s).vertexListSorted()) {
            if (!"DATE".equals(w.ner()) || TimeNormaliser.precededBy(tokens, w, "since") || countedSince(graph(s), w)) continue;
            Optional<PartialDate> d = time.dateTold(graph(s), tokens, w);
            int distance = Math.abs(w.index() - tokenIndex);
            if (d.isPresent() && distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * "since the 2020 ceasefire", "since a 1994 cease-fire ended the war": the year dates the point
     * counted from, not what the sentence tells; so does any date inside a "since" phrase or clause.
     */
    private static boolean countedSince(SemanticGraph g, IndexedWord date) {
        IndexedWord n = g.getParent(date);
        for (int depth = 0; depth < 3 && n != null; depth++) {
            boolean since = g.outgoingEdgeList(n).stream().anyMatch(e -> (e.getRelation().toString().equals("case")
                    || e.getRelation().toString().equals("mark")) && e.getDependent().word().equalsIgnoreCase("since"));
            if (since) return true;
            if (NodeResolver.isVerb(n)) return false;
            n = g.getParent(n);
        }
        return false;
    }

    /** A reporting source the registry does not know, named by its words ("local officials"). */
    Entity describedSource(int s, IndexedWord node) {
        return entities.mint(NodeResolver.phrase(this, s, node), "Group");
    }
}
