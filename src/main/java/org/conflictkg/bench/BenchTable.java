package org.conflictkg.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The benchmark's results, one row per figure: section, what was measured, median and spread over the runs,
 * and, for the figures the project sets a target for, the target and whether it was met.
 * <pre>
 *   BenchTable table = new BenchTable();
 *   table.add("load", "ours / Jena phased loader", Unit.RATIO, Summary.of(ratios), Target.atLeast(0.9));
 *   table.print(out);
 * </pre>
 */
public final class BenchTable {

    /** How a figure is written. */
    public enum Unit {
        SECONDS("s"), MILLIS("ms"), PER_SECOND("/s"), SHARE("%"), RATIO("×"), MB("MB"), COUNT("");

        private final String symbol;

        Unit(String symbol) {
            this.symbol = symbol;
        }

        String format(double value) {
            double shown = this == SHARE ? value * 100 : value;
            String digits = Math.abs(shown) >= 100 || this == COUNT ? "%.0f" : Math.abs(shown) >= 10 ? "%.1f" : "%.2f";
            return String.format(Locale.ROOT, digits, shown);
        }
    }

    /** A bound the median must keep. */
    public record Target(double bound, boolean atMost, Unit unit) {

        public static Target atLeast(double bound, Unit unit) {
            return new Target(bound, false, unit);
        }

        public static Target atMost(double bound, Unit unit) {
            return new Target(bound, true, unit);
        }

        boolean metBy(double value) {
            return atMost ? value <= bound : value >= bound;
        }

        @Override
        public String toString() {
            return (atMost ? "≤ " : "≥ ") + unit.format(bound) + (unit == Unit.RATIO ? "" : " " + unit.symbol);
        }
    }

    /** One row. */
    public record Row(String section, String metric, Unit unit, Summary value, Optional<Target> target) {}

    private final List<Row> rows = new ArrayList<>();

    public void add(String section, String metric, Unit unit, Summary value) {
        rows.add(new Row(section, metric, unit, value, Optional.empty()));
    }

    public void add(String section, String metric, Unit unit, Summary value, Target target) {
        rows.add(new Row(section, metric, unit, value, Optional.of(target)));
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Prints the table as aligned plain text, which also reads as a Markdown-free README block. */
    public void print(PrintWriter out) {
        int metricWidth = Math.max(6, rows.stream().mapToInt(r -> r.metric().length()).max().orElse(0));
        String format = "%-10s  %-" + metricWidth + "s  %10s  %-19s  %4s  %s%n";
        out.printf(Locale.ROOT, format, "section", "metric", "median", "spread (min–max)", "runs", "target");
        for (Row r : rows) {
            Summary v = r.value();
            String unit = r.unit().symbol;
            String spread = v.runs() == 1 ? "" : r.unit().format(v.min()) + "–" + r.unit().format(v.max());
            String target = r.target().map(t -> t + (t.metBy(v.median()) ? "  met" : "  NOT MET")).orElse("");
            out.printf(Locale.ROOT, format, r.section(), r.metric(), r.unit().format(v.median()) + (unit.isEmpty() ? "" : " " + unit),
                    spread, v.runs(), target);
        }
        out.flush();
    }
}
