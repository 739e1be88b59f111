package org.conflictkg.eval;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.conflictkg.extract.Relation;
import org.conflictkg.extract.TimeSpec;

/**
 * Formats {@link Scores} for a person: a fixed-width table with one line per relation and a last line
 * {@code overall}, and on request the rows behind the errors.
 * <pre>
 * relation                  system matched    req recalled precision recall     F1   time
 * memberOf                      12      10     14        9     0.833  0.643  0.726  1.000
 * overall                       40      31     52       30     0.775  0.577  0.661  0.903
 * </pre>
 * A rate that cannot be computed (no system claims, no {@code req} rows) is shown as {@code -}.
 */
public final class ScoreReport {

    private static final String ROW = "%-25s %6s %7s %6s %8s %9s %6s %6s %6s%n";

    private ScoreReport() {}

    /**
     * The table, and with {@code misses} the missed {@code req} gold rows, the false system claims and the
     * matched claims whose time disagrees.
     */
    public static String format(Scores scores, boolean misses) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, ROW, "relation", "system", "matched", "req", "recalled",
                "precision", "recall", "F1", "time"));
        scores.byRelation().forEach((relation, tally) -> out.append(line(relation.name(), tally)));
        out.append(line("overall", scores.overall()));
        if (misses) {
            section(out, "missed req gold rows", scores.missedGold(), ScoreReport::describe);
            section(out, "false system claims", scores.falseClaims(), ScoreReport::describe);
            section(out, "matched claims with a disagreeing time", scores.timeMismatches(), m -> describe(m.system())
                    + "  (gold time: " + m.gold().stream().map(g -> g.time().map(TimeSpec::toString).orElse("none"))
                            .distinct().collect(Collectors.joining(" or ")) + ")");
        }
        return out.toString();
    }

    private static String line(String name, Scores.Tally t) {
        return String.format(Locale.ROOT, ROW, name, t.system(), t.matched(), t.goldReq(), t.recalled(),
                rate(t.precision()), rate(t.recall()), rate(t.f1()), rate(t.timeAgreement()));
    }

    private static String rate(OptionalDouble r) {
        return r.isPresent() ? String.format(Locale.ROOT, "%.3f", r.getAsDouble()) : "-";
    }

    private static <T> void section(StringBuilder out, String title, List<T> items, Function<T, String> describe) {
        out.append('\n').append(title).append(" (").append(items.size()).append(")\n");
        for (T item : items) out.append("  ").append(describe.apply(item)).append('\n');
    }

    /** One row on one line: {@code doc  relation  subject -> object  polarity  [time]  "evidence"}. */
    private static String describe(ClaimRow r) {
        String object = r.relation() == Relation.quote ? "\"" + r.object() + "\"" : r.object();
        StringBuilder sb = new StringBuilder()
                .append(r.doc()).append("  ").append(r.relation()).append("  ")
                .append(r.subject()).append(" -> ").append(object).append("  ").append(r.polarity().symbol());
        r.time().ifPresent(t -> sb.append("  ").append(t));
        if (!r.evidence().isEmpty()) sb.append("  «").append(r.evidence()).append('»');
        return sb.toString();
    }
}
