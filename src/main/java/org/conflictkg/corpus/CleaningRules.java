package org.conflictkg.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rules, read from data files, that tell article text from the noise that web pages and their
 * printouts put around it: link lines, photo captions, publisher boilerplate, and which fragments after a
 * line-end hyphen are the end of a broken word.
 * <p>
 * The defaults are {@code boilerplate.txt} and {@code word-end-fragments.txt} next to this class; each file
 * explains its format in its opening comment. A rule that does not compile is reported with its
 * {@code file:line}.
 * <pre>
 * CleaningRules rules = CleaningRules.defaults();
 * CorpusReader reader = CorpusReader.builder().cleaningRules(rules).build();
 * </pre>
 */
public final class CleaningRules {

    /** What a boilerplate rule matches, and so what is dropped. */
    enum Kind {
        /** a source line of its own, or a paragraph made of nothing else */
        LINE,
        /** a whole paragraph */
        PARAGRAPH,
        /** a paragraph that opens a trailer: it and all that follows */
        TAIL,
        /** the photo credit that ends a caption */
        CREDIT,
        /** text that opens one of the article's first paragraphs but is not article text: a wire dateline */
        LEAD
    }

    private record Rule(Kind kind, Pattern pattern) {
    }

    static final String BOILERPLATE = "boilerplate.txt";
    static final String WORD_END_FRAGMENTS = "word-end-fragments.txt";

    /** Captions are short; a longer paragraph ending in something credit-like is article text. */
    private static final int MAX_CAPTION_LENGTH = 300;
    /** A caption is a credit alone, or a sentence (or a few) followed by the credit. */
    private static final String CAPTION_LEAD = "(?:.*[.!?…][\"”’»)]?\\s+)?";

    private static final class Defaults {
        static final CleaningRules INSTANCE = new CleaningRules(
                RuleFile.fromResource(BOILERPLATE), RuleFile.fromResource(WORD_END_FRAGMENTS));
    }

    private final List<Rule> rules;
    private final Set<String> wordEndFragments;

    private CleaningRules(List<RuleFile.Line> boilerplate, List<RuleFile.Line> fragments) {
        List<Rule> parsed = new ArrayList<>();
        for (RuleFile.Line line : boilerplate) parsed.add(parseRule(line));
        this.rules = List.copyOf(parsed);
        Set<String> words = new HashSet<>();
        for (RuleFile.Line line : fragments) {
            if (!line.text().matches("\\p{Ll}+")) throw line.error("a word-end fragment must be lower-case letters only: '" + line.text() + "'");
            words.add(line.text());
        }
        this.wordEndFragments = Set.copyOf(words);
    }

    /** The rules shipped with conflict-kg. */
    public static CleaningRules defaults() {
        return Defaults.INSTANCE;
    }

    /**
     * Rules read from files in the formats of the shipped ones.
     *
     * @throws IllegalArgumentException naming {@code file:line} of a rule that is malformed
     */
    public static CleaningRules load(Path boilerplate, Path wordEndFragments) {
        return new CleaningRules(RuleFile.fromFile(boilerplate), RuleFile.fromFile(wordEndFragments));
    }

    private static Rule parseRule(RuleFile.Line line) {
        String[] kindAndRegex = line.text().split("\\s+", 2);
        Kind kind;
        try {
            kind = Kind.valueOf(kindAndRegex[0].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw line.error("unknown rule kind '" + kindAndRegex[0] + "' (expected line, paragraph, tail, credit or lead)");
        }
        if (kindAndRegex.length < 2) throw line.error("rule '" + kindAndRegex[0] + "' has no pattern");
        String regex = kindAndRegex[1];
        try {
            Pattern pattern = Pattern.compile(kind == Kind.CREDIT ? CAPTION_LEAD + "(?:" + regex + ")" : regex);
            return new Rule(kind, pattern);
        } catch (PatternSyntaxException e) {
            throw line.error("bad pattern: " + e.getDescription() + " near index " + e.getIndex() + " of " + regex);
        }
    }

    /** A line, or a whole paragraph, that is not text: a bare link, a page number of a printout. */
    boolean isNoiseLine(CharSequence line) {
        return matches(Kind.LINE, line);
    }

    /** A paragraph of boilerplate or a caption: dropped on its own. */
    boolean isNoiseParagraph(CharSequence paragraph) {
        return matches(Kind.LINE, paragraph) || matches(Kind.PARAGRAPH, paragraph)
                || (paragraph.length() <= MAX_CAPTION_LENGTH && matches(Kind.CREDIT, paragraph));
    }

    /** A paragraph that starts a trailer (a donation appeal, say) which runs to the end of the page. */
    boolean startsTrailer(CharSequence paragraph) {
        return matches(Kind.TAIL, paragraph);
    }

    /**
     * How many characters at the start of {@code paragraph} are a lead to cut off ("MOSCOW (Reuters) - "),
     * 0 when none is.
     */
    int leadLength(CharSequence paragraph) {
        for (Rule rule : rules) {
            if (rule.kind() != Kind.LEAD) continue;
            java.util.regex.Matcher m = rule.pattern().matcher(paragraph);
            // a lead that is the whole paragraph is not followed by article text: leave it to the other kinds
            if (m.lookingAt() && m.end() < paragraph.length()) return m.end();
        }
        return 0;
    }

    /** Whether {@code fragment} (lower case) is a typical end of a word broken by hyphenation, like "ing". */
    boolean isWordEndFragment(String fragment) {
        return wordEndFragments.contains(fragment);
    }

    private boolean matches(Kind kind, CharSequence text) {
        for (Rule rule : rules) {
            if (rule.kind() == kind && rule.pattern().matcher(text).matches()) return true;
        }
        return false;
    }
}
