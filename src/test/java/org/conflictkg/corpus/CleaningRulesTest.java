package org.conflictkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rule files load from data, and a bad rule is reported with its file and line. */
class CleaningRulesTest {

    private static final Path RULES = Path.of("src/test/files/corpus/rules");
    private static final Path GOOD_BOILERPLATE = RULES.resolve("good-boilerplate.txt");
    private static final Path GOOD_FRAGMENTS = RULES.resolve("good-fragments.txt");

    static Stream<Arguments> badRuleFiles() {
        return Stream.of(
                arguments(named("boilerplate rule with an unclosed group", RULES.resolve("bad-pattern.txt")), GOOD_FRAGMENTS,
                        "bad-pattern.txt:5: bad pattern: Unclosed group"),
                arguments(named("boilerplate rule of an unknown kind", RULES.resolve("bad-kind.txt")), GOOD_FRAGMENTS,
                        "bad-kind.txt:3: unknown rule kind 'caption'"),
                arguments(named("boilerplate rule without a pattern", RULES.resolve("bad-no-pattern.txt")), GOOD_FRAGMENTS,
                        "bad-no-pattern.txt:3: rule 'tail' has no pattern"),
                arguments(named("word-end fragment with a hyphen and a capital", GOOD_BOILERPLATE), RULES.resolve("bad-fragment.txt"),
                        "bad-fragment.txt:4: a word-end fragment must be lower-case letters only: '-Ed'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRuleFiles")
    void aBadRuleIsReportedWithItsFileAndLine(Path boilerplate, Path fragments, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CleaningRules.load(boilerplate, fragments));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void loadedRulesReplaceTheShippedOnes() {
        String original = "Russia brokered the initial ceasefire in May 1994.\n\nhttps://example.org/a\n\n"
                + "Related article: Dozens Killed as Fighting Enters Second Day\n";
        CleaningRules onlyLinkLines = CleaningRules.load(GOOD_BOILERPLATE, GOOD_FRAGMENTS);

        assertEquals("Russia brokered the initial ceasefire in May 1994.\n\nRelated article: Dozens Killed as Fighting Enters Second Day",
                TextCleaner.forFormat(SourceFormat.TEXT, onlyLinkLines).clean(original, 0, Optional.empty()).text());
        assertEquals("Russia brokered the initial ceasefire in May 1994.",
                TextCleaner.forFormat(SourceFormat.TEXT, CleaningRules.defaults()).clean(original, 0, Optional.empty()).text());
    }
}
