package org.conflictkg.server.pages;

import java.util.List;

/**
 * The sentence a claim or quotation is stated in, with its span marked.
 *
 * @param segments the sentence cut around the span ({@link TextMarks})
 * @param sentence the sentence's page
 */
public record Evidence(List<Segment> segments, Link sentence) {
}
