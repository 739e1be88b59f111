package org.conflictkg.server.pages;

import java.util.List;

/**
 * A run of text on a page, plain or marked as (part of) the span of a claim or quotation.
 *
 * @param text  the characters
 * @param kind  null for plain text; else a CSS class for the mark: {@code claim}, {@code claim negative},
 *              {@code quote}, or {@code hit} for a searched word
 * @param href  where the mark links to (the claim's or quotation's page); null for plain text and hits
 * @param title what the mark is, for the tooltip
 * @param also  other spans that end here and that no piece of the text links to (a second claim of the
 *              very same words), as numbered links to show after it; usually empty
 */
public record Segment(String text, String kind, String href, String title, List<Segment> also) {

    /** A segment with no further links. */
    Segment(String text, String kind, String href, String title) {
        this(text, kind, href, title, List.of());
    }
}
