package org.conflictkg.corpus;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the hard-wrapped lines of one paragraph (as a PDF printout of a web page has them) into one line,
 * deciding for each hyphen at a line end whether it belongs to the text.
 * <p>
 * A line break becomes a space. A line that ends in a hyphen directly after a letter, followed by a line
 * that starts with a letter or digit, is joined without a space, and the hyphen is
 * <ol>
 * <li>kept when the continuation starts with a capital letter or a digit ({@code Euro-|Atlantic},
 *     {@code Armenian-|Azerbaijani}, {@code COVID-|19}): hyphenation never capitalises a word's second half;</li>
 * <li>otherwise decided by the document itself when it writes the word elsewhere on one line: kept if it
 *     writes {@code long-running}, dropped if it writes {@code neighboring};</li>
 * <li>otherwise dropped when the continuation is a typical word end from the cleaning rules' list
 *     ({@code neighbor-|ing}, {@code escala-|tion});</li>
 * <li>otherwise kept ({@code Turkic-|speaking}): printouts of web pages break lines at spaces and at hyphens
 *     already there, so a line-end hyphen before a whole word is far more often a compound's than an
 *     inserted one, and a kept hyphen harms less than a made-up word.</li>
 * </ol>
 * <pre>
 * MappedText paragraph = new LineJoiner(body, rules).join(original, lines);
 * </pre>
 */
final class LineJoiner {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\d]+(?:-[\\p{L}\\p{M}\\d]+)*");

    private final String document;
    private final CleaningRules rules;
    private Set<String> documentWords;

    /**
     * @param document the text whose spellings are the evidence of rule 2 (the file's body)
     * @param rules    the cleaning rules, for the list of word-end fragments
     */
    LineJoiner(String document, CleaningRules rules) {
        this.document = document;
        this.rules = rules;
    }

    /** The lines, in order, joined as described in the class comment; white space is not yet collapsed. */
    MappedText join(String original, List<SourceLine> lines) {
        MappedText out = new MappedText();
        SourceLine previous = null;
        for (SourceLine line : lines) {
            MappedText part = MappedText.of(original, line.start(), line.end());
            int from = 0;
            if (previous != null) {
                int continuation = joinAtHyphen(out, part);
                if (continuation >= 0) from = continuation;
                else out.append(' ', previous.end());
            }
            out.append(part, from, part.length());
            previous = line;
        }
        return out;
    }

    /**
     * When {@code out} ends in a word and a hyphen and {@code part} continues the word, trims {@code out}
     * to the word end, with or without the hyphen, and returns where the word continues in {@code part};
     * otherwise returns -1 and leaves {@code out} alone.
     */
    private int joinAtHyphen(MappedText out, MappedText part) {
        int hyphen = out.length() - 1;
        while (hyphen >= 0 && MappedText.isWhitespace(out.charAt(hyphen))) hyphen--;
        if (hyphen < 1 || out.charAt(hyphen) != '-' || !Character.isLetter(out.charAt(hyphen - 1))) return -1;
        int first = 0;
        while (first < part.length() && MappedText.isWhitespace(part.charAt(first))) first++;
        if (first == part.length() || !Character.isLetterOrDigit(part.charAt(first))) return -1;

        int wordStart = hyphen - 1;
        while (wordStart > 0 && Character.isLetterOrDigit(out.charAt(wordStart - 1))) wordStart--;
        int wordEnd = first;
        while (wordEnd < part.length() && Character.isLetterOrDigit(part.charAt(wordEnd))) wordEnd++;
        boolean keep = keepsHyphen(out.subSequence(wordStart, hyphen).toString(), part.subSequence(first, wordEnd).toString());
        out.truncate(keep ? hyphen + 1 : hyphen);
        return first;
    }

    /** Whether the hyphen between {@code before} and {@code after}, split at a line end, is part of the text. */
    boolean keepsHyphen(String before, String after) {
        char first = after.charAt(0);
        if (Character.isUpperCase(first) || Character.isDigit(first)) return true;
        String hyphenated = (before + "-" + after).toLowerCase(Locale.ROOT);
        String solid = (before + after).toLowerCase(Locale.ROOT);
        Set<String> words = documentWords();
        if (words.contains(hyphenated)) return true;
        if (words.contains(solid)) return false;
        return !rules.isWordEndFragment(after.toLowerCase(Locale.ROOT));
    }

    /** Every word and hyphenated compound that the document writes on one line, in lower case. */
    private Set<String> documentWords() {
        if (documentWords == null) {
            documentWords = new HashSet<>();
            Matcher m = WORD.matcher(document);
            while (m.find()) {
                documentWords.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return documentWords;
    }
}
