package org.conflictkg.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import org.conflictkg.corpus.Article;

/**
 * An article with CoreNLP's annotations of its cleaned text: the type the NLP stage hands to extraction.
 * Token and sentence offsets in {@code document} are offsets into {@code article.text()}.
 */
public record AnnotatedArticle(Article article, CoreDocument document) {
}
