package org.conflictkg.corpus;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One article of the corpus, read and cleaned: the plain type the corpus stage hands to the NLP stage.
 * <p>
 * {@code text} is the cleaned text that every later stage annotates; {@code offsets} maps each of its
 * characters back to the original file so that evidence spans can be cited in both.
 *
 * @param id          corpus id: the file name without its extension
 * @param source      the file the article was read from
 * @param format      what the file holds
 * @param metadata    what is known about the publication (unknowns are empty, never guessed)
 * @param original    the file's text as decoded, before cleaning
 * @param text        the cleaned text
 * @param offsets     cleaned offset to original offset
 * @param duplicateOf the id of the canonical article when this one is a copy of it in another format
 */
public record Article(String id, Path source, SourceFormat format, ArticleMetadata metadata,
                      String original, String text, OffsetMap offsets, Optional<String> duplicateOf) {

    public boolean isCanonical() {
        return duplicateOf.isEmpty();
    }

    public Article asDuplicateOf(String canonicalId) {
        return new Article(id, source, format, metadata, original, text, offsets, Optional.of(canonicalId));
    }
}
