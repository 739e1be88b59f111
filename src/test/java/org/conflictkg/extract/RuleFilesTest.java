package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.conflictkg.testing.SharedNlp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The extraction's data files load, and a bad line fails with its file and line number. */
class RuleFilesTest {

    @Test
    void shippedRulesLexiconAndSignaturesLoad() {
        RuleBook book = RuleBook.loadDefault();
        for (Relation r : Relation.values()) {
            if (r != Relation.quote) assertTrue(!book.rules(r).isEmpty(), "no rules for " + r);
        }
        assertTrue(Lexicon.loadDefault().has("negator", "not"));
        Entailments.loadDefault(SharedNlp.registry(), e -> false);
        assertTrue(Signatures.loadDefault().objectFits(Relation.memberOf,
                new Entity("csto", "CSTO", "Organisation", java.util.Optional.empty(), List.of(), true)));
    }

    @Test
    void ruleIdsCountRulesInTheirFile() {
        List<RuleBook.Rule> rules = RuleBook.parse(Relation.supports, "supports.semgrex", List.of(
                "# a comment", "{lemma:back}=cue >nsubj {}=subject >obj {}=object", "", "@confidence 0.6",
                "{lemma:aid}=cue", ">nsubj {}=subject >obj {}=object"), Map.of());
        assertEquals(2, rules.size());
        assertEquals("supports.semgrex#2", rules.get(1).id());
        assertEquals(0.6, rules.get(1).confidence());
    }

    @Test
    void wordClassesAreExpandedInsidePatterns() {
        List<RuleBook.Rule> rules = RuleBook.parse(Relation.suppliesArmsTo, "suppliesArmsTo.semgrex",
                List.of("{lemma:sell}=cue >nsubj {}=subject >obj {lemma:/@weapon|radar/} >/obl:to/ {}=object"),
                RuleBook.wordClasses("word-classes.tsv", List.of("# weapons", "weapon\tarm|tank")));
        assertEquals("{lemma:sell}=cue >nsubj {}=subject >obj {lemma:/arm|tank|radar/} >/obl:to/ {}=object",
                rules.get(0).pattern().pattern().strip());
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("pattern that Semgrex rejects", (Runnable) () -> RuleBook.parse(Relation.supports, "supports.semgrex",
                        List.of("", "{lemma:back=cue >nsubj {}=subject"), Map.of()), "supports.semgrex:2"),
                Arguments.of("pattern without a cue", (Runnable) () -> RuleBook.parse(Relation.supports, "supports.semgrex",
                        List.of("{lemma:back} >nsubj {}=subject"), Map.of()), "supports.semgrex:1"),
                Arguments.of("unknown option", (Runnable) () -> RuleBook.parse(Relation.supports, "supports.semgrex",
                        List.of("@weight 2", "{}=cue"), Map.of()), "supports.semgrex:1"),
                Arguments.of("confidence out of range", (Runnable) () -> RuleBook.parse(Relation.supports, "supports.semgrex",
                        List.of("# c", "@confidence 1.5", "{}=cue"), Map.of()), "supports.semgrex:2"),
                Arguments.of("unknown word class", (Runnable) () -> RuleBook.parse(Relation.suppliesArmsTo, "suppliesArmsTo.semgrex",
                        List.of("# c", "{lemma:sell}=cue >obj {lemma:/@weapons/}"), Map.of("weapon", "arm|tank")), "suppliesArmsTo.semgrex:2"),
                Arguments.of("registry-target rule naming an object", (Runnable) () -> RuleBook.parse(Relation.attacked, "attacked.semgrex",
                        List.of("@registry-target", "{lemma:offensive}=cue >/nmod:poss/ {}=subject >/nmod:on/ {}=object"), Map.of()), "attacked.semgrex:2"),
                Arguments.of("word class that is no regular expression", (Runnable) () -> RuleBook.wordClasses("word-classes.tsv",
                        List.of("# c", "weapon\tarm|(tank")), "word-classes.tsv:2"),
                Arguments.of("word class without words", (Runnable) () -> RuleBook.wordClasses("word-classes.tsv",
                        List.of("# c", "weapon")), "word-classes.tsv:2"),
                Arguments.of("word class defined twice", (Runnable) () -> RuleBook.wordClasses("word-classes.tsv",
                        List.of("weapon\tarm", "weapon\ttank")), "word-classes.tsv:2"),
                Arguments.of("lexicon row without entry", (Runnable) () -> Lexicon.parse("lexicon.tsv",
                        List.of("negator\tnot", "negator")), "lexicon.tsv:2"),
                Arguments.of("duplicate lexicon entry", (Runnable) () -> Lexicon.parse("lexicon.tsv",
                        List.of("negator\tnot", "negator\tNot")), "lexicon.tsv:2"),
                Arguments.of("signature of an unknown relation", (Runnable) () -> Signatures.parse("signatures.tsv",
                        List.of("# c", "backs\tActor\tActor")), "signatures.tsv:2"),
                Arguments.of("entailment of an unknown relation", (Runnable) () -> Entailments.parse("entailments.tsv",
                        List.of("# c", "attacked\tState\tState\tfights\t"), SharedNlp.registry(), e -> false), "entailments.tsv:2"),
                Arguments.of("entailment to an object the registry lacks", (Runnable) () -> Entailments.parse("entailments.tsv",
                        List.of("memberOf\t*\tosce-minsk-group\tmediates\tminsk-process"), SharedNlp.registry(), e -> false), "entailments.tsv:1"),
                Arguments.of("entailment with a column missing", (Runnable) () -> Entailments.parse("entailments.tsv",
                        List.of("attacked\tState\tState\tinConflictWith"), SharedNlp.registry(), e -> false), "entailments.tsv:1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badLinesNameFileAndLine(String defect, Runnable load, String where) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, load::run);
        assertTrue(e.getMessage().startsWith(where + ":"), defect + ": " + e.getMessage());
    }
}
