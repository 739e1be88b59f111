package org.conflictkg.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of a quotation as the scorer compares them: lower-case, apostrophes dropped (so "doesn't" stays
 * one word however the apostrophe is typed), and every other run of characters that are neither letters nor
 * digits a word break, so punctuation, dashes and quotation marks never decide a match.
 */
final class QuoteWords {

    private static final Pattern APOSTROPHE = Pattern.compile("['\\u2019\\u02BC]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private QuoteWords() {}

    static List<String> of(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = APOSTROPHE.matcher(t).replaceAll("");
        return Arrays.stream(NON_WORD.split(t)).filter(w -> !w.isEmpty()).toList();
    }

    /** How many words of {@code a} also occur in {@code b} in the same order: their longest common subsequence. */
    static int inOrder(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String wa : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = wa.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }
}
