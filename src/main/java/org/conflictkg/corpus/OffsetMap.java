package org.conflictkg.corpus;

import java.util.Arrays;

/**
 * Maps every character offset of a cleaned text back to the offset of the character it came from in
 * the original file. Offsets are UTF-16 indexes into the Java strings, like CoreNLP's.
 */
public final class OffsetMap {

    private final int[] toOriginal;
    private final int originalLength;

    /**
     * @param toOriginal     for each cleaned character, its original offset (inserted characters such as a
     *                       space that replaced a line break point at the character they replaced)
     * @param originalLength length of the original text, the image of the cleaned text's end
     */
    public OffsetMap(int[] toOriginal, int originalLength) {
        this.toOriginal = toOriginal.clone();
        this.originalLength = originalLength;
    }

    public static OffsetMap identity(int length) {
        int[] m = new int[length];
        Arrays.setAll(m, i -> i);
        return new OffsetMap(m, length);
    }

    public int cleanedLength() {
        return toOriginal.length;
    }

    /** Original offset of the cleaned character at {@code cleanedOffset}; the cleaned end maps to the original end. */
    public int toOriginal(int cleanedOffset) {
        if (cleanedOffset == toOriginal.length) return originalLength;
        return toOriginal[cleanedOffset];
    }

    /** Original end (exclusive) of a cleaned span ending (exclusive) at {@code cleanedEnd}. */
    public int toOriginalEnd(int cleanedEnd) {
        if (cleanedEnd <= 0) return toOriginal(0);
        return toOriginal[cleanedEnd - 1] + 1;
    }
}
