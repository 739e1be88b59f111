package org.conflictkg.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.conflictkg.extract.Relation;

/**
 * What {@link Scorer} found: counts and rates per relation and overall, and the rows behind the errors.
 *
 * @param byRelation     per relation, in {@link Relation} order; only relations with system claims or
 *                       {@code req} gold rows in scope
 * @param overall        the sums over all relations
 * @param missedGold     {@code req} gold rows that no system claim matches, in gold order
 * @param falseClaims    system claims (after removing duplicates and unknown speakers) that match no gold row,
 *                       in system order
 * @param timeMismatches matched system claims whose time agrees with none of the gold rows they match
 */
public record Scores(Map<Relation, Tally> byRelation, Tally overall, List<ClaimRow> missedGold,
                     List<ClaimRow> falseClaims, List<TimeMismatch> timeMismatches) {

    public Scores {
        EnumMap<Relation, Tally> ordered = new EnumMap<>(Relation.class);
        ordered.putAll(byRelation);
        byRelation = Collections.unmodifiableMap(ordered);
        missedGold = List.copyOf(missedGold);
        falseClaims = List.copyOf(falseClaims);
        timeMismatches = List.copyOf(timeMismatches);
    }

    /**
     * The counts for one relation or overall, and the rates derived from them. A rate whose denominator is
     * zero is empty rather than 0 or 1: with no system claims precision is not known, not perfect.
     *
     * @param system       system claims scored (duplicates counted once, unknown speakers left out)
     * @param matched      of those, how many match some gold row, {@code req} or {@code opt}
     * @param goldReq      {@code req} gold rows of the docs run
     * @param recalled     of those, how many some system claim matches
     * @param timeAgreeing of the matched system claims, how many agree in time with a gold row they match
     */
    public record Tally(int system, int matched, int goldReq, int recalled, int timeAgreeing) {

        /** Matched system claims / system claims. */
        public OptionalDouble precision() { return ratio(matched, system); }

        /** Recalled {@code req} rows / {@code req} rows. */
        public OptionalDouble recall() { return ratio(recalled, goldReq); }

        /** The harmonic mean of precision and recall; empty unless both are known. */
        public OptionalDouble f1() {
            OptionalDouble p = precision(), r = recall();
            if (p.isEmpty() || r.isEmpty()) return OptionalDouble.empty();
            double sum = p.getAsDouble() + r.getAsDouble();
            return OptionalDouble.of(sum == 0 ? 0 : 2 * p.getAsDouble() * r.getAsDouble() / sum);
        }

        /** Matched system claims whose time agrees / matched system claims. */
        public OptionalDouble timeAgreement() { return ratio(timeAgreeing, matched); }

        private static OptionalDouble ratio(int part, int whole) {
            return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
        }
    }

    /** A matched system claim whose time agrees with none of the gold rows it matches. */
    public record TimeMismatch(ClaimRow system, List<ClaimRow> gold) {
        public TimeMismatch {
            gold = List.copyOf(gold);
        }
    }
}
