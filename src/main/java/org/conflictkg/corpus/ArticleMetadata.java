package org.conflictkg.corpus;

import java.util.Optional;

/**
 * What is known about an article's publication. A value that the front matter or manifest gives as
 * {@code unknown}, or does not give, is empty: it is never guessed (for instance from a URL inside the
 * text, which is usually a related-article link).
 */
public record ArticleMetadata(Optional<String> url, Optional<String> title, Optional<String> outlet,
                              Optional<PartialDate> published, Optional<String> language) {

    public static final ArticleMetadata UNKNOWN =
            new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
}
