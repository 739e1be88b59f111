package org.conflictkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Checks that an offset map sends every cleaned character back to where it came from. */
public final class OffsetAssertions {

    private OffsetAssertions() {
    }

    /**
     * Every cleaned character that is not white space is the original character at its mapped offset (in HTML,
     * a character decoded from a reference maps to the reference's {@code &}); white space maps to a position
     * inside the original; offsets never decrease; the cleaned end maps to the original end.
     */
    public static void assertMapsBack(String original, String cleaned, OffsetMap offsets, SourceFormat format) {
        assertEquals(cleaned.length(), offsets.cleanedLength(), "one offset per cleaned character");
        int previous = -1;
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            int o = offsets.toOriginal(i);
            assertTrue(o >= 0 && o < original.length(), "offset " + o + " of cleaned char " + i + " is outside the original");
            assertTrue(o >= previous, "offsets decrease at cleaned char " + i);
            previous = o;
            if (Character.isWhitespace(c)) continue;
            char source = original.charAt(o);
            boolean decodedReference = format == SourceFormat.HTML && source == '&';
            if (source != c && !decodedReference) {
                fail("cleaned char " + i + " '" + c + "' maps to original " + o + " '" + source + "' near: "
                        + cleaned.substring(Math.max(0, i - 20), Math.min(cleaned.length(), i + 20)));
            }
        }
        assertEquals(original.length(), offsets.toOriginal(cleaned.length()), "the cleaned end maps to the original end");
    }

    public static void assertMapsBack(Article article) {
        assertMapsBack(article.original(), article.text(), article.offsets(), article.format());
    }
}
