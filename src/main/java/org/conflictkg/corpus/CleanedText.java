package org.conflictkg.corpus;

/**
 * The result of cleaning one file: the article text, paragraphs separated by a blank line, and the map
 * from each of its characters to the original file.
 *
 * @param text    the cleaned text
 * @param offsets cleaned offset to original offset
 */
public record CleanedText(String text, OffsetMap offsets) {
}
