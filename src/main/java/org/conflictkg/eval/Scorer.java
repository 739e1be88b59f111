package org.conflictkg.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.corpus.PartialDate;
import org.conflictkg.extract.Polarity;
import org.conflictkg.extract.Quantity;
import org.conflictkg.extract.Relation;
import org.conflictkg.extract.TimeSpec;

/**
 * Scores system claims against gold rows by the rules of the evaluation format ({@code eval/README.md}).
 * <pre>
 * Scores s = new Scorer().score(ClaimTsv.readGold(goldFile), systemRows, Set.of("001_082d920b4783cabf"));
 * System.out.print(ScoreReport.format(s, true));
 * </pre>
 * <b>Matching.</b> A system claim matches a gold row when doc, relation and polarity are equal and
 * <ul>
 * <li>the subjects share an alternative (and the objects too, for entity relations): ids compare as sets of
 *     {@code |}-separated alternatives, Wikidata ids exactly, {@code label:} names case-insensitively with
 *     whitespace and dashes normalised; for a symmetric relation ({@code inConflictWith}) either order matches;</li>
 * <li>quantities have the same bound and number ({@code >=39} matches only {@code >=39});</li>
 * <li>for quotes, the gold quote's words and the system quote's words have a longest common subsequence of at
 *     least half the gold quote's words (see {@link QuoteWords} for what a word is), so a paraphrase with the
 *     words reordered does not match.</li>
 * </ul>
 * <b>Counting.</b> Matching is not one-to-one, as the README does not ask for it: a system claim is right when it
 * matches any gold row, {@code req} or {@code opt}; a {@code req} row is recalled when any system claim matches
 * it; a missed {@code opt} row is not counted. Precision = matched system claims / system claims; recall =
 * recalled {@code req} rows / {@code req} rows. System claims identical in doc, relation, subject, object,
 * polarity and time (cells compared as written; the two ends of a symmetric relation in either order) count
 * once. Quotes whose speaker includes {@code label:unknown} are left out, system and gold alike.
 * <p>
 * <b>Scope.</b> Only the docs that were run are scored: gold rows of other docs are neither recalled nor
 * missed. A system claim of a doc outside that set is a caller's mistake and is rejected.
 * <p>
 * <b>Time</b> is scored on matched claims only: the share whose time agrees with a gold row they match (any of
 * them, when they match several) at the gold's precision. Times agree when they have the same shape (a date,
 * a closed interval, or open-ended since a date) and each gold date equals the system date cut to the gold's
 * precision; a system date less precise than the gold's does not agree ({@code 2020} does not agree with
 * {@code 2020-09}; {@code 2020-09-27} does). A gold row without a time agrees by default only with a
 * system claim without one (see {@link UntimedGold}).
 */
public final class Scorer {

    /** How a system time compares with a gold row that gives none (the article gives none, says the README). */
    public enum UntimedGold {
        /** Only a system claim without a time agrees: a time the article does not give was invented. */
        SYSTEM_UNTIMED_ONLY,
        /** Any system time agrees: time is then scored only where the gold gives one. */
        ANY_SYSTEM_TIME
    }

    /** The policy {@link #Scorer()} uses. */
    public static final UntimedGold DEFAULT_UNTIMED_GOLD = UntimedGold.SYSTEM_UNTIMED_ONLY;

    private final UntimedGold untimedGold;

    public Scorer() {
        this(DEFAULT_UNTIMED_GOLD);
    }

    public Scorer(UntimedGold untimedGold) {
        this.untimedGold = Objects.requireNonNull(untimedGold);
    }

    /**
     * Scores the system claims of the docs that were run against the gold rows.
     *
     * @param gold    gold rows, each with its need; rows of docs not in {@code docsRun} are ignored
     * @param system  system claims, all of docs in {@code docsRun}
     * @param docsRun the ids of the articles the system was run on
     * @throws IllegalArgumentException when a gold row has no need or a system claim's doc was not run
     */
    public Scores score(List<ClaimRow> gold, List<ClaimRow> system, Set<String> docsRun) {
        Map<DocRelation, List<ScoredRow>> goldByDocRelation = new HashMap<>();
        List<ScoredRow> goldInScope = new ArrayList<>();
        for (ClaimRow g : gold) {
            if (g.need().isEmpty()) throw new IllegalArgumentException("gold row without need (req or opt): " + g);
            ScoredRow scored = ScoredRow.of(g);
            if (!docsRun.contains(g.doc()) || scored.unknownSpeaker()) continue;
            goldInScope.add(scored);
            goldByDocRelation.computeIfAbsent(new DocRelation(g.doc(), g.relation()), k -> new ArrayList<>()).add(scored);
        }

        Map<Relation, Counter> counters = new EnumMap<>(Relation.class);
        Set<ScoredRow> recalled = new HashSet<>();
        List<ClaimRow> falseClaims = new ArrayList<>();
        List<Scores.TimeMismatch> timeMismatches = new ArrayList<>();
        for (ScoredRow s : distinctScoredClaims(system, docsRun)) {
            Counter counter = counters.computeIfAbsent(s.row().relation(), r -> new Counter());
            counter.system++;
            List<ClaimRow> matchedGold = new ArrayList<>();
            for (ScoredRow g : goldByDocRelation.getOrDefault(new DocRelation(s.row().doc(), s.row().relation()), List.of())) {
                if (s.matches(g)) {
                    matchedGold.add(g.row());
                    recalled.add(g);
                }
            }
            if (matchedGold.isEmpty()) {
                falseClaims.add(s.row());
                continue;
            }
            counter.matched++;
            if (matchedGold.stream().anyMatch(g -> timeAgrees(s.row().time(), g.time()))) counter.timeAgreeing++;
            else timeMismatches.add(new Scores.TimeMismatch(s.row(), matchedGold));
        }

        List<ClaimRow> missedGold = new ArrayList<>();
        for (ScoredRow g : goldInScope) {
            if (g.row().need().get() != ClaimRow.Need.REQ) continue;
            Counter counter = counters.computeIfAbsent(g.row().relation(), r -> new Counter());
            counter.goldReq++;
            if (recalled.contains(g)) counter.recalled++;
            else missedGold.add(g.row());
        }

        Map<Relation, Scores.Tally> byRelation = new EnumMap<>(Relation.class);
        Counter overall = new Counter();
        counters.forEach((relation, c) -> {
            byRelation.put(relation, c.tally());
            overall.add(c);
        });
        return new Scores(byRelation, overall.tally(), missedGold, falseClaims, timeMismatches);
    }

    /** The system claims that are scored: of the docs run, unknown speakers left out, each distinct claim once. */
    private static List<ScoredRow> distinctScoredClaims(List<ClaimRow> system, Set<String> docsRun) {
        Map<Identity, ScoredRow> distinct = new LinkedHashMap<>();
        for (ClaimRow s : system) {
            if (!docsRun.contains(s.doc()))
                throw new IllegalArgumentException("system claim of doc '" + s.doc() + "', which is not among the docs run: " + s);
            ScoredRow scored = ScoredRow.of(s);
            if (!scored.unknownSpeaker()) distinct.putIfAbsent(Identity.of(s), scored);
        }
        return List.copyOf(distinct.values());
    }

    private boolean timeAgrees(Optional<TimeSpec> system, Optional<TimeSpec> gold) {
        if (gold.isEmpty()) return untimedGold == UntimedGold.ANY_SYSTEM_TIME || system.isEmpty();
        if (system.isEmpty()) return false;
        TimeSpec s = system.get(), g = gold.get();
        if (s.openEnded() != g.openEnded() || s.end().isPresent() != g.end().isPresent()) return false;
        return agreesAtGoldPrecision(s.start(), g.start())
                && g.end().map(ge -> agreesAtGoldPrecision(s.end().get(), ge)).orElse(true);
    }

    /** Cutting a coarser date "to" a finer precision leaves it as it is, so a less precise system date never agrees. */
    private static boolean agreesAtGoldPrecision(PartialDate system, PartialDate gold) {
        return system.truncatedTo(gold.precision()).equals(gold);
    }

    private record DocRelation(String doc, Relation relation) {}

    /** What makes two system claims the same claim: every scored cell as written. */
    private record Identity(String doc, Relation relation, List<String> ends, Polarity polarity, String time) {
        static Identity of(ClaimRow r) {
            List<String> ends = new ArrayList<>(List.of(r.subject(), r.object()));
            // a symmetric claim says the same whichever end is written first
            if (r.relation().symmetric()) Collections.sort(ends);
            return new Identity(r.doc(), r.relation(), List.copyOf(ends), r.polarity(),
                    r.time().map(TimeSpec::toString).orElse(""));
        }
    }

    /**
     * A row with its subject and object in the form they are compared in. Deliberately compared by identity:
     * two gold rows with equal cells are still two rows.
     */
    private static final class ScoredRow {
        private final ClaimRow row;
        private final Set<String> subject;
        private final ObjectValue object;

        private ScoredRow(ClaimRow row, Set<String> subject, ObjectValue object) {
            this.row = row;
            this.subject = subject;
            this.object = object;
        }

        static ScoredRow of(ClaimRow r) {
            ObjectValue object = r.relation().takesQuantity() ? new Amount(Quantity.parse(r.object()))
                    : r.relation() == Relation.quote ? new Words(QuoteWords.of(r.object()))
                    : new Ids(EntityIds.keys(r.object()));
            return new ScoredRow(r, EntityIds.keys(r.subject()), object);
        }

        ClaimRow row() { return row; }

        boolean unknownSpeaker() {
            return row.relation() == Relation.quote && EntityIds.isUnknown(subject);
        }

        /** Whether this system claim matches the gold row (of the same doc and relation). */
        boolean matches(ScoredRow gold) {
            if (row.polarity() != gold.row.polarity()) return false;
            if (!Collections.disjoint(subject, gold.subject) && object.matches(gold.object)) return true;
            return row.relation().symmetric() && object instanceof Ids mine && gold.object instanceof Ids theirs
                    && !Collections.disjoint(mine.keys(), gold.subject) && !Collections.disjoint(subject, theirs.keys());
        }
    }

    /** A claim's object as compared: {@link #matches} is called on the system's with the gold's. */
    private sealed interface ObjectValue permits Ids, Amount, Words {
        boolean matches(ObjectValue gold);
    }

    private record Ids(Set<String> keys) implements ObjectValue {
        public boolean matches(ObjectValue gold) {
            return gold instanceof Ids g && !Collections.disjoint(keys, g.keys);
        }
    }

    private record Amount(Quantity quantity) implements ObjectValue {
        public boolean matches(ObjectValue gold) {
            return quantity.equals(gold instanceof Amount g ? g.quantity : null);
        }
    }

    private record Words(List<String> words) implements ObjectValue {
        /** At least half of the gold quote's words occur in this quote, in the same order. */
        public boolean matches(ObjectValue gold) {
            return gold instanceof Words g && 2 * QuoteWords.inOrder(g.words, words) >= g.words.size();
        }
    }

    private static final class Counter {
        int system, matched, goldReq, recalled, timeAgreeing;

        void add(Counter o) {
            system += o.system;
            matched += o.matched;
            goldReq += o.goldReq;
            recalled += o.recalled;
            timeAgreeing += o.timeAgreeing;
        }

        Scores.Tally tally() {
            return new Scores.Tally(system, matched, goldReq, recalled, timeAgreeing);
        }
    }
}
