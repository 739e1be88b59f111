package org.conflictkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conflictkg.extract.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorerTest {

    private static final Path SCORING = Path.of("src/test/files/eval/scoring");
    private static final Path SEED_GOLD = Path.of("../shared/eval/seed-gold.tsv");
    private static final Set<String> D1_D2 = Set.of("d1", "d2");

    /**
     * The fixture pair, row by row in its comments. By hand, per relation (system, matched, req, recalled, time):
     * memberOf 3,2,3,2,2 (S2 false, G2 missed, G13 of d3 not counted); supports 2,2,1,1,2 (S14 matches opt G12);
     * inConflictWith 1,1,1,1,1 (S6 = S5); killed 2,1,1,1,0 (S8 false, S7's 2020 too coarse);
     * brokeredCeasefire 1,1,2,2,1 (S9 recalls G7 and G8); closedBorderWith 1,1,1,1,0 (1993 is not 1993/..);
     * quote 2,1,1,1,1 (S12 false, S13 left out, opt G11 not counted); attacked 3,3,2,2,1 (S17 = S15; S16 and S18
     * disagree in time). Overall 15,12,12,11,8: precision 12/15 = 0.8, recall 11/12 = 0.91667,
     * F1 = 2 * 0.8 * 0.91667 / 1.71667 = 0.85437, time 8/12 = 0.66667.
     */
    @Test
    void scoresTheFixturePairByTheReadmeRules() throws IOException {
        Scores s = new Scorer().score(ClaimTsv.readGold(SCORING.resolve("gold.tsv")),
                ClaimTsv.read(SCORING.resolve("system.tsv")), D1_D2);

        assertEquals(List.of(Relation.memberOf, Relation.supports, Relation.brokeredCeasefire, Relation.closedBorderWith,
                Relation.inConflictWith, Relation.attacked, Relation.killed, Relation.quote),
                List.copyOf(s.byRelation().keySet()));
        assertEquals(new Scores.Tally(3, 2, 3, 2, 2), s.byRelation().get(Relation.memberOf));
        assertEquals(new Scores.Tally(2, 2, 1, 1, 2), s.byRelation().get(Relation.supports));
        assertEquals(new Scores.Tally(1, 1, 1, 1, 1), s.byRelation().get(Relation.inConflictWith));
        assertEquals(new Scores.Tally(2, 1, 1, 1, 0), s.byRelation().get(Relation.killed));
        assertEquals(new Scores.Tally(1, 1, 2, 2, 1), s.byRelation().get(Relation.brokeredCeasefire));
        assertEquals(new Scores.Tally(1, 1, 1, 1, 0), s.byRelation().get(Relation.closedBorderWith));
        assertEquals(new Scores.Tally(2, 1, 1, 1, 1), s.byRelation().get(Relation.quote));
        assertEquals(new Scores.Tally(3, 3, 2, 2, 1), s.byRelation().get(Relation.attacked));
        assertEquals(new Scores.Tally(15, 12, 12, 11, 8), s.overall());
        assertRate(0.8, s.overall().precision());
        assertRate(0.91667, s.overall().recall());
        assertRate(0.85437, s.overall().f1());
        assertRate(0.66667, s.overall().timeAgreement());

        assertEquals(List.of("d1 memberOf Q227"), describe(s.missedGold()));
        assertEquals(List.of("d1 memberOf Q227", "d1 killed label:Second Nagorno-Karabakh War",
                "d1 quote label:Dmitry Peskov"), describe(s.falseClaims()));
        assertEquals(List.of("killed 2020", "closedBorderWith 1993", "attacked 2023-09", "attacked 2023-09-19"),
                s.timeMismatches().stream().map(m -> m.system().relation() + " " + m.system().time().get()).toList());
    }

    /** With any system time agreeing with untimed gold, S18 agrees too: attacked time 2/3, overall 9/12. */
    @Test
    void untimedGoldCanAcceptAnySystemTime() throws IOException {
        Scores s = new Scorer(Scorer.UntimedGold.ANY_SYSTEM_TIME).score(ClaimTsv.readGold(SCORING.resolve("gold.tsv")),
                ClaimTsv.read(SCORING.resolve("system.tsv")), D1_D2);

        assertEquals(new Scores.Tally(3, 3, 2, 2, 2), s.byRelation().get(Relation.attacked));
        assertEquals(9, s.overall().timeAgreeing());
    }

    /** Scoring only d2: the d1 gold rows are neither recalled nor missed; system claims of d1 are refused. */
    @Test
    void onlyTheDocsRunAreScored() throws IOException {
        List<ClaimRow> gold = ClaimTsv.readGold(SCORING.resolve("gold.tsv"));
        List<ClaimRow> system = ClaimTsv.read(SCORING.resolve("system.tsv"));
        List<ClaimRow> systemOfD2 = system.stream().filter(r -> r.doc().equals("d2")).toList();

        Scores s = new Scorer().score(gold, systemOfD2, Set.of("d2"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Scorer().score(gold, system, Set.of("d2")));

        // S15, S16, S18 (S17 = S15) against G14, G15
        assertEquals(new Scores.Tally(3, 3, 2, 2, 1), s.overall());
        assertEquals(Set.of(Relation.attacked), s.byRelation().keySet());
        assertTrue(e.getMessage().startsWith("system claim of doc 'd1', which is not among the docs run"), e.getMessage());
    }

    /** Alternatives match when any one equals any other: ids exactly, labels without regard to case, spaces, dashes. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Q399;                          Q399|label:Armenia;              true",
            "Q44302|Q244165;                label:Artsakh|Q244165;           true",
            "Q39;                           Q399;                            false",
            "label:Nagorno-Karabakh;        label:NAGORNO-KARABAKH;          true",
            "label:Armenian–Azerbaijani war; label:armenian - azerbaijani  War; true",
            "label:Armenia;                 Q399;                            false",
            "label:Armenia;                 label:Armenian;                  false",
    })
    void subjectsMatchWhenTheyShareAnAlternative(String goldSubject, String systemSubject, boolean matches) throws IOException {
        Scores s = score(row("d1", "supports", goldSubject, "Q227", "+", "", "req"),
                row("d1", "supports", systemSubject, "Q227", "+", "", ""));

        assertEquals(matches ? 1 : 0, s.overall().matched());
    }

    /** Gold Turkey supports Azerbaijan; only the symmetric relation matches the reversed claim. */
    @Test
    void onlySymmetricRelationsMatchInEitherOrder() throws IOException {
        Scores s = score(row("d1", "supports", "Q43", "Q227", "+", "", "req")
                        + row("d1", "inConflictWith", "Q43", "Q399", "+", "", "req"),
                row("d1", "supports", "Q227", "Q43", "+", "", "")
                        + row("d1", "inConflictWith", "Q399", "Q43", "+", "", ""));

        assertEquals(new Scores.Tally(1, 0, 1, 0, 0), s.byRelation().get(Relation.supports));
        assertEquals(new Scores.Tally(1, 1, 1, 1, 1), s.byRelation().get(Relation.inConflictWith));
    }

    /** Gold >=39: of =39, 39 (a bare number is exact), >=40, ~39, >39 and >=39 only the last matches. */
    @Test
    void quantitiesMatchByBoundAndNumber() throws IOException {
        String system = Stream.of("=39", "39", ">=40", "~39", ">39", ">=39")
                .map(q -> row("d1", "killed", "label:Four-Day War", q, "+", "", ""))
                .collect(Collectors.joining());

        Scores s = score(row("d1", "killed", "label:Four-Day War", ">=39", "+", "", "req"), system);

        assertEquals(new Scores.Tally(6, 1, 1, 1, 1), s.overall());
        assertEquals(List.of("=39", "39", ">=40", "~39", ">39"), s.falseClaims().stream().map(ClaimRow::object).toList());
    }

    /**
     * Gold "Russia must take steps": 4 words, so 2 in order are enough. "RUSSIA — must!" has 2 (case and
     * punctuation ignored), "Russia must" 2; "steps take" keeps only 1 in order, "Russia" alone 1.
     */
    @Test
    void aQuoteNeedsHalfTheGoldWordsInOrder() throws IOException {
        String system = Stream.of("«RUSSIA — must!»", "Russia must", "steps take", "Russia")
                .map(q -> row("d1", "quote", "label:Nikol Pashinyan", q, "+", "", ""))
                .collect(Collectors.joining());

        Scores s = score(row("d1", "quote", "label:Nikol Pashinyan", "Russia must take steps", "+", "", "req"), system);

        assertEquals(new Scores.Tally(4, 2, 1, 1, 2), s.overall());
        assertEquals(List.of("steps take", "Russia"), s.falseClaims().stream().map(ClaimRow::object).toList());
    }

    /** Same words, another speaker: no match. An unknown speaker's quote is not scored at all. */
    @Test
    void aQuoteNeedsItsSpeaker() throws IOException {
        Scores s = score(row("d1", "quote", "label:Nikol Pashinyan", "Russia must take steps", "+", "", "req"),
                row("d1", "quote", "Q7747", "Russia must take steps", "+", "", "")
                        + row("d1", "quote", "label:Unknown", "Russia must take steps", "+", "", ""));

        assertEquals(new Scores.Tally(1, 0, 1, 0, 0), s.overall());
    }

    /** One gold row and one system claim that agree in all but time; does the time agree at the gold's precision? */
    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "none", value = {
            "2020-09;   2020-09-27;      true",
            "2020-09;   2020-09;         true",
            "2020;      2020-09;         true",
            "2020-09;   2020;            false",
            "2020-09;   2020-10-01;      false",
            "1993/..;   1993/..;         true",
            "1993/..;   1993-05/..;      true",
            "1993/..;   1993;            false",
            "1988/1994; 1988-02/1994-05; true",
            "1988/1994; 1988/1995;       false",
            "1988/1994; 1988/..;         false",
            "1988/1994; 1988;            false",
            "2020;      2020/2021;       false",
            "2020-09;   none;            false",
            "none;      none;            true",
            "none;      2020;            false",
    })
    void timeAgreesAtTheGoldsPrecision(String goldTime, String systemTime, boolean agrees) throws IOException {
        Scores s = score(row("d1", "attacked", "Q227", "Q399", "+", orEmpty(goldTime), "req"),
                row("d1", "attacked", "Q227", "Q399", "+", orEmpty(systemTime), ""));

        assertEquals(new Scores.Tally(1, 1, 1, 1, agrees ? 1 : 0), s.overall());
    }

    @Test
    void goldRowsMustSayWhetherTheyAreRequired() throws IOException {
        List<ClaimRow> noNeed = ClaimTsv.read(new StringReader(header() + row("d1", "supports", "Q43", "Q227", "+", "", "")), "gold");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Scorer().score(noNeed, List.of(), Set.of("d1")));

        assertTrue(e.getMessage().startsWith("gold row without need (req or opt)"), e.getMessage());
    }

    /** The project's own gold scored against itself: every row finds itself, time included. */
    @Test
    void seedGoldScoredAgainstItselfIsPerfect() throws IOException {
        assumeTrue(Files.exists(SEED_GOLD), "no " + SEED_GOLD + " beside the project");
        List<ClaimRow> gold = ClaimTsv.readGold(SEED_GOLD);
        Set<String> docs = gold.stream().map(ClaimRow::doc).collect(Collectors.toSet());

        Scores s = new Scorer().score(gold, gold, docs);

        assertTrue(s.overall().goldReq() > 0);
        assertRate(1, s.overall().precision());
        assertRate(1, s.overall().recall());
        assertRate(1, s.overall().timeAgreement());
        assertEquals(List.of(), s.missedGold());
        assertEquals(List.of(), s.falseClaims());
    }

    private static Scores score(String goldRows, String systemRows) throws IOException {
        return new Scorer().score(ClaimTsv.readGold(new StringReader(header() + goldRows), "gold"),
                ClaimTsv.read(new StringReader(header() + systemRows), "system"), Set.of("d1"));
    }

    private static String header() {
        return String.join("\t", ClaimTsv.COLUMNS) + "\n";
    }

    /** A TSV line with empty evidence. */
    private static String row(String doc, String relation, String subject, String object, String polarity,
                              String time, String need) {
        return String.join("\t", doc, relation, subject, object, polarity, time, need, "") + "\n";
    }

    private static String orEmpty(String time) {
        return time == null ? "" : time;
    }

    private static List<String> describe(List<ClaimRow> rows) {
        return rows.stream().map(r -> r.doc() + " " + r.relation() + " " + r.subject()).toList();
    }

    private static void assertRate(double expected, OptionalDouble actual) {
        assertTrue(actual.isPresent(), "rate missing");
        assertEquals(expected, actual.getAsDouble(), 0.00001);
    }
}
