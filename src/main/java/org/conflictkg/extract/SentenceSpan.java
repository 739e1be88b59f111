package org.conflictkg.extract;

/** Where a sentence lies in an article's cleaned text: 0-based index, begin and end offsets. */
public record SentenceSpan(int index, int begin, int end) {
}
