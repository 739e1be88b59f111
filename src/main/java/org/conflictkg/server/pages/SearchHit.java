package org.conflictkg.server.pages;

import java.util.List;

/**
 * Something a search found: an entity or article by its name, or a sentence or quotation by its words.
 *
 * @param kind    {@code entity}, {@code article}, {@code sentence} or {@code quote}
 * @param link    its page, named by its label or headline (for sentences and quotations, what they are)
 * @param text    for sentences and quotations, their words with the searched words marked; else empty
 * @param article the article a sentence or quotation is from
 * @param speaker who is quoted, when the article names them
 */
public record SearchHit(String kind, Link link, List<Segment> text, Link article, String speaker) {
}
