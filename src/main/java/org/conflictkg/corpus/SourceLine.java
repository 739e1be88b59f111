package org.conflictkg.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a source file, as the range {@code [start, end)} of the original text without its line
 * terminator ({@code \n}, {@code \r\n} or {@code \r}).
 */
record SourceLine(int start, int end) {

    /** The lines of {@code text} from offset {@code from} on. */
    static List<SourceLine> split(String text, int from) {
        List<SourceLine> lines = new ArrayList<>();
        int start = from;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new SourceLine(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (start < text.length()) lines.add(new SourceLine(start, text.length()));
        return lines;
    }

    String text(String original) {
        return original.substring(start, end);
    }

    boolean isBlank(String original) {
        for (int i = start; i < end; i++) {
            if (!MappedText.isWhitespace(original.charAt(i))) return false;
        }
        return true;
    }

    /** The same line without its first {@code n} characters (a markdown marker, say). */
    SourceLine skip(int n) {
        return new SourceLine(Math.min(start + n, end), end);
    }
}
