package org.conflictkg.corpus;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text being cleaned whose every character remembers the offset of the character it came from in the
 * original file.
 * <p>
 * Cleaning only removes characters or inserts whitespace; it never changes a kept character. Each
 * operation here therefore copies characters together with their offsets, and an inserted space takes
 * the offset of the source position it stands for, so the offsets stay non-decreasing.
 * <pre>
 * MappedText line = MappedText.of(original, 120, 180);
 * MappedText plain = line.strip(BOLD, 2).collapseWhitespace();
 * </pre>
 */
final class MappedText implements CharSequence {

    private final StringBuilder chars;
    private int[] offsets;

    MappedText() {
        this(16);
    }

    private MappedText(int capacity) {
        chars = new StringBuilder(capacity);
        offsets = new int[Math.max(capacity, 1)];
    }

    /** The characters {@code original[start, end)} at their own offsets. */
    static MappedText of(String original, int start, int end) {
        MappedText t = new MappedText(end - start);
        for (int i = start; i < end; i++) t.append(original.charAt(i), i);
        return t;
    }

    MappedText append(char c, int originalOffset) {
        if (chars.length() == offsets.length) offsets = Arrays.copyOf(offsets, offsets.length * 2);
        offsets[chars.length()] = originalOffset;
        chars.append(c);
        return this;
    }

    MappedText append(MappedText other) {
        return append(other, 0, other.length());
    }

    MappedText append(MappedText other, int start, int end) {
        for (int i = start; i < end; i++) append(other.charAt(i), other.offset(i));
        return this;
    }

    /** Original offset of the character at {@code index}. */
    int offset(int index) {
        return offsets[index];
    }

    /** The original offset just after this text's last character: where an inserted separator points. */
    int endOffset() {
        return offsets[chars.length() - 1] + 1;
    }

    /** Drops the characters from {@code length} on. */
    void truncate(int length) {
        chars.setLength(length);
    }

    MappedText sub(int start, int end) {
        return new MappedText(end - start).append(this, start, end);
    }

    /**
     * Removes every match of {@code markup}, keeping of each match only the characters of group
     * {@code keepGroup} (0 keeps nothing): {@code strip(LINK, 1)} turns {@code [text](url)} into {@code text}.
     */
    MappedText strip(Pattern markup, int keepGroup) {
        Matcher m = markup.matcher(chars);
        MappedText out = null;
        int copied = 0;
        while (m.find()) {
            if (out == null) out = new MappedText(chars.length());
            out.append(this, copied, m.start());
            if (keepGroup > 0 && m.start(keepGroup) >= 0) out.append(this, m.start(keepGroup), m.end(keepGroup));
            copied = m.end();
        }
        return out == null ? this : out.append(this, copied, chars.length());
    }

    /**
     * Drops invisible characters (soft hyphens, zero-width spaces, byte-order marks, stray control
     * characters), turns each run of whitespace into one space placed at the run's first character, and
     * trims both ends.
     */
    MappedText collapseWhitespace() {
        MappedText out = new MappedText(chars.length());
        int pendingSpace = -1;
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (isInvisible(c)) continue;
            if (isWhitespace(c)) {
                if (pendingSpace < 0) pendingSpace = offsets[i];
                continue;
            }
            if (pendingSpace >= 0 && !out.isEmpty()) out.append(' ', pendingSpace);
            pendingSpace = -1;
            out.append(c, offsets[i]);
        }
        return out;
    }

    static boolean isWhitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                || (Character.getType(c) == Character.CONTROL && !isWhitespace(c));
    }

    @Override
    public int length() {
        return chars.length();
    }

    @Override
    public char charAt(int index) {
        return chars.charAt(index);
    }

    @Override
    public boolean isEmpty() {
        return chars.length() == 0;
    }

    /** The characters only: offsets are not carried into a plain subsequence. */
    @Override
    public CharSequence subSequence(int start, int end) {
        return chars.subSequence(start, end);
    }

    int[] offsets() {
        return Arrays.copyOf(offsets, chars.length());
    }

    @Override
    public String toString() {
        return chars.toString();
    }
}
