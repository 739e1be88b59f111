package org.conflictkg.extract;

/**
 * Where in an article a claim is stated. Offsets are into the article's cleaned text; the RDF stage
 * maps them to the original file through the article's {@code OffsetMap}.
 *
 * @param sentenceIndex 0-based index of the sentence in the article
 * @param sentenceBegin cleaned offset of the sentence's first character
 * @param sentenceEnd   cleaned offset just past the sentence
 * @param begin         cleaned offset of the claimed span (the words that state the claim)
 * @param end           cleaned offset just past the claimed span
 */
public record Evidence(int sentenceIndex, int sentenceBegin, int sentenceEnd, int begin, int end) {
    public Evidence {
        if (!(sentenceBegin <= begin && begin <= end && end <= sentenceEnd))
            throw new IllegalArgumentException("span " + begin + "-" + end + " outside sentence " + sentenceBegin + "-" + sentenceEnd);
    }
}
