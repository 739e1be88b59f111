package org.conflictkg.extract;

import java.util.List;
import org.conflictkg.corpus.Article;

/**
 * What extraction hands to the RDF stage for one article: the article, its sentences, its claims and
 * the entities it names that the registry does not list. A duplicate article has no sentences or claims.
 */
public record ArticleClaims(Article article, List<SentenceSpan> sentences, List<Claim> claims, List<Entity> mintedEntities) {

    public static ArticleClaims duplicate(Article article) {
        return new ArticleClaims(article, List.of(), List.of(), List.of());
    }
}
