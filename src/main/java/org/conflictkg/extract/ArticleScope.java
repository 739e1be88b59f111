package org.conflictkg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.conflictkg.corpus.PartialDate;
import org.conflictkg.nlp.AnnotatedArticle;

/** Everything the extraction rules need to know about the article being read, for one call. */
final class ArticleScope {

    private final AnnotatedArticle annotated;
    private final ArticleEntities entities;
    private final TimeNormaliser time;
    private final Optional<PartialDate> published;

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
        for (var q : annotated.document().quotes()) {
            if (t.beginPosition() >= q.quoteCharOffsets().first && t.endPosition() <= q.quoteCharOffsets().second) return true;
        }
        return false;
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
            if (!"DATE".equals(w.ner()) || TimeNormaliser.precededBy(tokens, w, "since")) continue;
            Optional<PartialDate> d = time.dateOf(tokens, w);
            int distance = Math.abs(w.index() - tokenIndex);
            if (d.isPresent() && distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** A reporting source the registry does not know, named by its words ("local officials"). */
    Entity describedSource(int s, IndexedWord node) {
        return entities.mint(NodeResolver.phrase(this, s, node), "Group");
    }
}
