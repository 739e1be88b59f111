package org.conflictkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.conflictkg.corpus.Article;
import org.conflictkg.corpus.ArticleMetadata;
import org.conflictkg.corpus.OffsetMap;
import org.conflictkg.corpus.SourceFormat;
import org.conflictkg.testing.SharedNlp;
import org.junit.jupiter.api.Test;

class DirectedQuotesTest {

    @Test
    void straightMarksAreLeftAloneInATextWithoutTypographicOnes() {
        String text = "\"We will not leave,\" he said.";
        assertSame(text, NlpPipeline.directedQuotes(text));
    }

    @Test
    void straightMarksOpenAfterASpaceOrColonAndCloseElsewhereWhenTheTextMixesStyles() {
        String text = "“It is hard,” he said, adding: \"There is no alternative.” Then \"more\" came.";
        String directed = NlpPipeline.directedQuotes(text);
        assertEquals("“It is hard,” he said, adding: “There is no alternative.” Then “more” came.", directed);
        assertEquals(text.length(), directed.length());
    }

    @Test
    void aQuotationOpenedWithAStraightMarkAndClosedWithATypographicOneIsFound() {
        String text = "“The situation is not easy,” Dmitry Peskov said, adding: \"The two countries must keep the agreement.”";
        Article a = new Article("t", Path.of("t.txt"), SourceFormat.TEXT,
                new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                text, text, OffsetMap.identity(text.length()), Optional.empty());
        List<String> quotes = SharedNlp.nlp().annotate(a).document().quotes().stream().map(q -> q.text()).toList();
        assertEquals(2, quotes.size(), quotes.toString());
        // offsets are the article's: the second quotation starts where the straight mark is
        int second = SharedNlp.nlp().annotate(a).document().quotes().get(1).quoteCharOffsets().first;
        assertEquals(text.indexOf('"'), second);
    }
}
