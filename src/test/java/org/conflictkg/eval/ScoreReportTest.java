package org.conflictkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conflictkg.corpus.PartialDate;
import org.conflictkg.extract.Polarity;
import org.conflictkg.extract.Relation;
import org.conflictkg.extract.TimeSpec;
import org.junit.jupiter.api.Test;

class ScoreReportTest {

    private static final ClaimRow MISSED = new ClaimRow("d1", Relation.memberOf, "Q227", "Q318693", Polarity.NEGATIVE,
            Optional.empty(), Optional.of(ClaimRow.Need.REQ), "Azerbaijan is not");
    private static final ClaimRow FALSE = new ClaimRow("d1", Relation.quote, "label:Dmitry Peskov", "Both sides must talk",
            Polarity.POSITIVE, Optional.empty(), Optional.empty(), "");
    private static final ClaimRow LATE = new ClaimRow("d1", Relation.memberOf, "Q399", "Q318693", Polarity.POSITIVE,
            Optional.of(TimeSpec.at(PartialDate.ofYear(1994))), Optional.empty(), "");
    private static final ClaimRow LATE_GOLD = new ClaimRow("d1", Relation.memberOf, "Q399", "Q318693", Polarity.POSITIVE,
            Optional.of(TimeSpec.since(PartialDate.ofYear(1992))), Optional.of(ClaimRow.Need.REQ), "");

    /**
     * memberOf 3 system, 2 matched, 3 req, 2 recalled, 2 timely: 0.667 throughout, time 1.000. quote has a req
     * row and no system claim: recall 0.000, the rest cannot be computed. Overall 3,2,4,2,2: precision 0.667,
     * recall 0.500, F1 2 * 2/3 * 1/2 / (7/6) = 4/7 = 0.571, time 1.000.
     */
    private static final Scores SCORES = new Scores(
            Map.of(Relation.quote, new Scores.Tally(0, 0, 1, 0, 0), Relation.memberOf, new Scores.Tally(3, 2, 3, 2, 2)),
            new Scores.Tally(3, 2, 4, 2, 2), List.of(MISSED), List.of(FALSE),
            List.of(new Scores.TimeMismatch(LATE, List.of(LATE_GOLD))));

    @Test
    void tableHasOneLinePerRelationInRelationOrderThenOverall() {
        assertEquals("""
                relation                  system matched    req recalled precision recall     F1   time
                memberOf                       3       2      3        2     0.667  0.667  0.667  1.000
                quote                          0       0      1        0         -  0.000      -      -
                overall                        3       2      4        2     0.667  0.500  0.571  1.000
                """, ScoreReport.format(SCORES, false));
    }

    @Test
    void missesFollowTheTable() {
        String report = ScoreReport.format(SCORES, true);

        assertEquals("""

                missed req gold rows (1)
                  d1  memberOf  Q227 -> Q318693  -  «Azerbaijan is not»

                false system claims (1)
                  d1  quote  label:Dmitry Peskov -> "Both sides must talk"  +

                matched claims with a disagreeing time (1)
                  d1  memberOf  Q399 -> Q318693  +  1994  (gold time: 1992/..)
                """, report.substring(ScoreReport.format(SCORES, false).length()));
    }
}
