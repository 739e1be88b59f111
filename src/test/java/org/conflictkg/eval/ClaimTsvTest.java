package org.conflictkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.conflictkg.corpus.PartialDate;
import org.conflictkg.extract.Claim;
import org.conflictkg.extract.ClaimObject;
import org.conflictkg.extract.Entity;
import org.conflictkg.extract.Evidence;
import org.conflictkg.extract.Polarity;
import org.conflictkg.extract.Quantity;
import org.conflictkg.extract.Relation;
import org.conflictkg.extract.TimeSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimTsvTest {

    private static final Path FILES = Path.of("src/test/files/eval");

    @Test
    void readsEveryColumn() throws IOException {
        List<ClaimRow> rows = ClaimTsv.read(FILES.resolve("claims.tsv"));

        assertEquals(4, rows.size());
        assertEquals(new ClaimRow("001_a", Relation.memberOf, "Q399|label:Armenia", "Q318693", Polarity.POSITIVE,
                Optional.empty(), Optional.of(ClaimRow.Need.REQ), "a member of the CSTO"), rows.get(0));
        assertEquals(new ClaimRow("001_a", Relation.killed, "label:Four-Day War", ">=110", Polarity.POSITIVE,
                Optional.of(TimeSpec.at(PartialDate.ofMonth(2016, 4))), Optional.empty(), "killed at least 110"), rows.get(1));
        // the row that leaves out its empty evidence column
        assertEquals(new ClaimRow("001_a", Relation.closedBorderWith, "Q43", "Q399", Polarity.NEGATIVE,
                Optional.of(TimeSpec.since(PartialDate.ofYear(1993))), Optional.of(ClaimRow.Need.OPT), ""), rows.get(2));
        assertEquals("The main thing is to prevent human casualties.", rows.get(3).object());
    }

    @Test
    void writesTheHeaderAndTheRowsItRead() throws IOException {
        StringBuilder out = new StringBuilder();
        ClaimTsv.write(ClaimTsv.read(FILES.resolve("claims.tsv")), out);

        // comments and the blank line are gone; the short row regains its empty evidence column
        assertEquals("""
                doc\trelation\tsubject\tobject\tpolarity\ttime\tneed\tevidence
                001_a\tmemberOf\tQ399|label:Armenia\tQ318693\t+\t\treq\ta member of the CSTO
                001_a\tkilled\tlabel:Four-Day War\t>=110\t+\t2016-04\t\tkilled at least 110
                001_a\tclosedBorderWith\tQ43\tQ399\t-\t1993/..\topt\t
                002_b\tquote\tlabel:Dmitry Peskov\tThe main thing is to prevent human casualties.\t+\t2023-09-19\treq\t
                """, out.toString());
    }

    /** Each bad fixture opens with a comment naming its one defect; the error names the file and the line. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "bad-column-count.tsv        | 3 | expected 8 tab-separated columns (doc, relation, subject, object, polarity, time, need, evidence), found 5",
            "bad-relation.tsv            | 3 | unknown relation 'memberof' (expected one of memberOf, supports,",
            "bad-polarity.tsv            | 3 | bad polarity 'yes' (expected + or -)",
            "bad-need.tsv                | 3 | bad need 'required' (expected req or opt)",
            "bad-quantity.tsv            | 3 | bad quantity for killed: 'dozens'",
            "bad-time.tsv                | 3 | bad time 'May 1994'",
            "bad-subject-id.tsv          | 3 | bad subject: 'Armenia' in 'Armenia' is neither a Wikidata id (Q123) nor label:Some Name",
            "bad-object-id.tsv           | 3 | bad object: 'q318693' in 'q318693' is neither",
            "bad-quote-without-words.tsv | 3 | quote without words: '...'",
            "bad-header.tsv              | 2 | expected the header row 'doc<TAB>relation<TAB>",
            "bad-no-header.tsv           | 1 | no header row",
            "bad-gold-without-need.tsv   | 3 | bad need '' (expected req or opt)",
    })
    void badGoldFileNamesFileLineAndProblem(String fixture, int line, String problem) {
        Path file = FILES.resolve(fixture);

        ClaimTsvException e = assertThrows(ClaimTsvException.class, () -> ClaimTsv.readGold(file));

        assertEquals(1, e.problems().size(), e.getMessage());
        String expectedStart = file + ":" + line + ": " + problem;
        assertTrue(e.problems().get(0).startsWith(expectedStart), () -> e.problems().get(0) + "\ndoes not start with\n" + expectedStart);
    }

    @Test
    void systemOutputMayLeaveNeedEmpty() throws IOException {
        List<ClaimRow> rows = ClaimTsv.read(FILES.resolve("bad-gold-without-need.tsv"));

        assertEquals(Optional.empty(), rows.get(0).need());
    }

    @Test
    void reportsEveryBadRowOfAFile() {
        Path file = FILES.resolve("bad-two-rows.tsv");

        ClaimTsvException e = assertThrows(ClaimTsvException.class, () -> ClaimTsv.readGold(file));

        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).startsWith(file + ":4: bad quantity for killed: 'many'"), e.problems().get(0));
        assertTrue(e.problems().get(1).startsWith(file + ":5: bad polarity '?'"), e.problems().get(1));
        assertEquals(String.join("\n", e.problems()), e.getMessage());
    }

    @Test
    void readerInputIsNamedBySource() {
        ClaimTsvException e = assertThrows(ClaimTsvException.class,
                () -> ClaimTsv.read(new StringReader("# only a comment\n"), "claims from stdin"));

        assertEquals(List.of("claims from stdin:1: no header row"), e.problems());
    }

    @Test
    void rowFromClaimUsesEvalIdsAndCutsEvidenceFromTheText() throws IOException {
        Entity russia = new Entity("russia", "Russia", "State", Optional.of("Q159"), List.of("Russian Federation"), true);
        Entity armenia = new Entity("armenia", "Armenia", "State", Optional.of("Q399"), List.of(), true);
        Entity war = new Entity("four-day-war", "Four-Day War", "War", Optional.empty(), List.of(), false);
        String text = "Russia backs Armenia.\nThe war killed\tat least 110.";
        Evidence first = new Evidence(0, 0, 21, 0, 20);
        Evidence second = new Evidence(1, 22, 50, 26, 49);

        ClaimRow supports = ClaimRow.fromClaim(new Claim("d1", Relation.supports, russia, new ClaimObject.EntityValue(armenia),
                Polarity.POSITIVE, Optional.of(TimeSpec.since(PartialDate.ofYear(1993))), Optional.empty(), first,
                "supports.semgrex#1", 0.8), text);
        ClaimRow killed = ClaimRow.fromClaim(new Claim("d1", Relation.killed, war,
                new ClaimObject.QuantityValue(Quantity.parse(">=110")), Polarity.POSITIVE, Optional.empty(), Optional.empty(),
                second, "killed.tokensregex#1", 0.9), text);
        ClaimRow quote = ClaimRow.fromClaim(new Claim("d1", Relation.quote, russia,
                new ClaimObject.QuoteValue("We have\tcertain\r\nobligations"), Polarity.NEGATIVE, Optional.empty(),
                Optional.empty(), first, "quote#1", 1.0));

        assertEquals(new ClaimRow("d1", Relation.supports, "Q159|label:Russia|label:Russian Federation",
                "Q399|label:Armenia", Polarity.POSITIVE, Optional.of(TimeSpec.since(PartialDate.ofYear(1993))),
                Optional.empty(), "Russia backs Armenia"), supports);
        // the tab inside the evidence span becomes a space
        assertEquals(new ClaimRow("d1", Relation.killed, "label:Four-Day War", ">=110", Polarity.POSITIVE,
                Optional.empty(), Optional.empty(), "war killed at least 110"), killed);
        assertEquals(new ClaimRow("d1", Relation.quote, "Q159|label:Russia|label:Russian Federation",
                "We have certain obligations", Polarity.NEGATIVE, Optional.empty(), Optional.empty(), ""), quote);

        // and what kg claims prints reads back as the same rows
        StringBuilder out = new StringBuilder();
        ClaimTsv.write(List.of(supports, killed, quote), out);
        assertEquals(List.of(supports, killed, quote), ClaimTsv.read(new StringReader(out.toString()), "written"));
    }

    @Test
    void aRowCannotHoldWhatATsvCellCannot() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ClaimRow("d1", Relation.quote,
                "label:Dmitry Peskov", "two\tcells", Polarity.POSITIVE, Optional.empty(), Optional.empty(), ""));

        assertTrue(e.getMessage().startsWith("object holds a tab or line break"), e.getMessage());
    }
}
