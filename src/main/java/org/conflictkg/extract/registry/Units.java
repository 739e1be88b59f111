package org.conflictkg.extract.registry;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that names are matched on: tokens split at the hyphens inside them, with typographic
 * quotes made plain and free-standing hyphens dropped.
 * <p>
 * CoreNLP 4.5 splits most hyphenated words ({@code Russia - led}) but keeps some whole
 * ({@code pro-Russian}, {@code ex-Soviet}), and other tokenizer settings keep all of them whole. Matching
 * on units makes both look alike: {@code Nagorno-Karabakh}, {@code Nagorno - Karabakh} and
 * {@code Nagorno Karabakh} are the same two units.
 */
final class Units {

    /**
     * One unit of matching.
     *
     * @param text            the word, quotes normalised
     * @param token           index of the token it comes from
     * @param continuesToken  whether it follows a hyphen inside its token ({@code led} in {@code Russia-led})
     */
    record Unit(String text, int token, boolean continuesToken) {}

    /** Hyphens and dashes that join words; the em dash is left out, it separates clauses. */
    private static final String JOINERS = "-\u2010\u2011\u2012\u2013";
    private static final Pattern JOINER = Pattern.compile("[" + JOINERS + "]+");
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{L}\\.)+");
    private static final Pattern LEADING_PUNCT = Pattern.compile("^[\"'(\\[{]+");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[\"')\\]},;:.!?]+$");
    private static final Pattern POSSESSIVE = Pattern.compile("(.+)('s|')$");

    private Units() {}

    /** Splits CoreNLP token words into units. */
    static List<Unit> ofTokens(List<String> tokens) {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = normalise(tokens.get(i));
            if (isJoiner(word)) continue;
            boolean first = true;
            for (String part : JOINER.split(word)) {
                if (part.isEmpty()) continue;
                units.add(new Unit(part, i, !first));
                first = false;
            }
        }
        return units;
    }

    /** The unit texts of a name written in a data file or passed as a phrase. */
    static List<String> ofText(String text) {
        return ofTokens(tokenize(text)).stream().map(Unit::text).toList();
    }

    /**
     * Splits text into words roughly as CoreNLP does: at spaces, with punctuation and the possessive
     * {@code 's} as tokens of their own, abbreviations such as {@code U.S.} kept whole.
     */
    static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        for (String chunk : normalise(text).trim().split("\\s+")) {
            if (chunk.isEmpty()) continue;
            if (chunk.equals("'s") || chunk.equals("'")) { // already tokenized text
                tokens.add(chunk);
                continue;
            }
            Matcher lead = LEADING_PUNCT.matcher(chunk);
            if (lead.find()) {
                tokens.add(lead.group());
                chunk = chunk.substring(lead.end());
            }
            String trailing = "";
            if (!ABBREVIATION.matcher(chunk).matches()) {
                Matcher trail = TRAILING_PUNCT.matcher(chunk);
                if (trail.find()) {
                    trailing = trail.group();
                    chunk = chunk.substring(0, trail.start());
                }
            }
            Matcher possessive = POSSESSIVE.matcher(chunk);
            if (possessive.matches() && !possessive.group(1).endsWith("'")) {
                tokens.add(possessive.group(1));
                tokens.add(possessive.group(2));
            } else if (!chunk.isEmpty()) {
                tokens.add(chunk);
            }
            if (!trailing.isEmpty()) tokens.add(trailing);
        }
        return tokens;
    }

    /**
     * The form two names are compared in: a one-word name keeps its case ({@code US} is not {@code us}),
     * a longer one is lower-cased.
     */
    static String matchKey(List<String> units) {
        String joined = String.join(" ", units);
        return units.size() == 1 ? joined : joined.toLowerCase(Locale.ROOT);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static boolean isJoiner(String word) {
        return !word.isEmpty() && word.chars().allMatch(c -> JOINERS.indexOf(c) >= 0);
    }

    private static String normalise(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFC)
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201C', '"').replace('\u201D', '"');
    }
}
