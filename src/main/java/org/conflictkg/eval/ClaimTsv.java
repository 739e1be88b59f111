package org.conflictkg.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.conflictkg.extract.Polarity;
import org.conflictkg.extract.Quantity;
import org.conflictkg.extract.Relation;
import org.conflictkg.extract.TimeSpec;

/**
 * Reads and writes claims in the evaluation format: UTF-8, tab-separated, a header row, {@code #} lines
 * are comments (see {@code eval/README.md} of the shared material).
 * <pre>
 * List&lt;ClaimRow&gt; gold = ClaimTsv.readGold(Path.of("seed-gold.tsv"));
 * ClaimTsv.write(systemRows, System.out);
 * </pre>
 * Reading checks every cell and reports all problems at once, each as {@code file:line: problem}: a wrong
 * column count, an unknown relation key, a polarity other than {@code +}/{@code -}, a need other than
 * {@code req}/{@code opt}, an identifier that is neither {@code Q…} nor {@code label:…}, a quantity or time
 * that does not parse, a quote without words. Blank lines are skipped. A row may leave out the last,
 * evidence, column altogether: it is free text not used in scoring, and editors that strip trailing
 * whitespace drop its tab when it is empty.
 */
public final class ClaimTsv {

    /** The column names, in order; the header row is these joined by tabs. */
    public static final List<String> COLUMNS =
            List.of("doc", "relation", "subject", "object", "polarity", "time", "need", "evidence");

    private static final String HEADER = String.join("\t", COLUMNS);
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ClaimTsv() {}

    /** Reads gold or system rows; the need column may be empty. */
    public static List<ClaimRow> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    /** Reads gold rows: as {@link #read(Path)}, and every row must say {@code req} or {@code opt}. */
    public static List<ClaimRow> readGold(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readGold(in, file.toString());
        }
    }

    /** As {@link #read(Path)}; {@code source} names the input in error messages. */
    public static List<ClaimRow> read(Reader in, String source) throws IOException {
        return new Parser(source, false).parse(in);
    }

    /** As {@link #readGold(Path)}; {@code source} names the input in error messages. */
    public static List<ClaimRow> readGold(Reader in, String source) throws IOException {
        return new Parser(source, true).parse(in);
    }

    /** Writes the header row and then one line per row. */
    public static void write(Iterable<ClaimRow> rows, Appendable out) throws IOException {
        out.append(HEADER).append('\n');
        for (ClaimRow r : rows) {
            out.append(String.join("\t", r.doc(), r.relation().name(), r.subject(), r.object(),
                    r.polarity().symbol(), r.time().map(TimeSpec::toString).orElse(""),
                    r.need().map(ClaimRow.Need::key).orElse(""), r.evidence())).append('\n');
        }
    }

    /** One pass over one input, collecting problems rather than stopping at the first. */
    private static final class Parser {
        private final String source;
        private final boolean needRequired;
        private final List<String> problems = new ArrayList<>();
        private int lineNumber;

        Parser(String source, boolean needRequired) {
            this.source = source;
            this.needRequired = needRequired;
        }

        List<ClaimRow> parse(Reader reader) throws IOException {
            BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
            List<ClaimRow> rows = new ArrayList<>();
            boolean headerSeen = false;
            for (String line; (line = in.readLine()) != null; ) {
                lineNumber++;
                if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) line = line.substring(1);
                if (line.isBlank() || line.startsWith("#")) continue;
                if (!headerSeen) {
                    headerSeen = true;
                    if (!line.strip().equals(HEADER)) problem("expected the header row '" + String.join("<TAB>", COLUMNS) + "'");
                    continue;
                }
                row(line).ifPresent(rows::add);
            }
            if (!headerSeen) {
                lineNumber = Math.max(lineNumber, 1);
                problem("no header row");
            }
            if (!problems.isEmpty()) throw new ClaimTsvException(problems);
            return rows;
        }

        private Optional<ClaimRow> row(String line) {
            String[] cells = Arrays.stream(line.split("\t", -1)).map(String::strip).toArray(String[]::new);
            if (cells.length != COLUMNS.size() && cells.length != COLUMNS.size() - 1) {
                problem("expected " + COLUMNS.size() + " tab-separated columns (" + String.join(", ", COLUMNS)
                        + "), found " + cells.length);
                return Optional.empty();
            }
            int before = problems.size();
            String doc = cells[0];
            if (doc.isEmpty()) problem("empty doc");
            Optional<Relation> relation = Relation.byKey(cells[1]);
            if (relation.isEmpty()) problem("unknown relation '" + cells[1] + "' (expected one of "
                    + Arrays.stream(Relation.values()).map(Relation::name).collect(Collectors.joining(", ")) + ")");
            EntityIds.problem(cells[2]).ifPresent(p -> problem("bad subject: " + p));
            relation.ifPresent(r -> checkObject(r, cells[3]));
            Optional<Polarity> polarity = Arrays.stream(Polarity.values()).filter(p -> p.symbol().equals(cells[4])).findFirst();
            if (polarity.isEmpty()) problem("bad polarity '" + cells[4] + "' (expected + or -)");
            Optional<TimeSpec> time = time(cells[5]);
            Optional<ClaimRow.Need> need = ClaimRow.Need.byKey(cells[6]);
            if (need.isEmpty() && (needRequired || !cells[6].isEmpty()))
                problem("bad need '" + cells[6] + "' (expected req or opt)");
            String evidence = cells.length == COLUMNS.size() ? cells[7] : "";
            if (problems.size() > before) return Optional.empty();
            return Optional.of(new ClaimRow(doc, relation.get(), cells[2], cells[3], polarity.get(), time, need, evidence));
        }

        private void checkObject(Relation relation, String object) {
            if (relation.takesQuantity()) {
                try {
                    Quantity.parse(object);
                } catch (IllegalArgumentException e) {
                    problem("bad quantity for " + relation + ": '" + object + "' (expected e.g. >=39, >80, <150000, =30000, ~2000)");
                }
            } else if (relation == Relation.quote) {
                if (QuoteWords.of(object).isEmpty()) problem("quote without words: '" + object + "'");
            } else {
                EntityIds.problem(object).ifPresent(p -> problem("bad object: " + p));
            }
        }

        private Optional<TimeSpec> time(String cell) {
            if (cell.isEmpty()) return Optional.empty();
            try {
                return Optional.of(TimeSpec.parse(cell));
            } catch (IllegalArgumentException e) {
                problem("bad time '" + cell + "' (expected e.g. 2020, 1994-05, 2023-09-19, 1993/.., 1988/1994): " + e.getMessage());
                return Optional.empty();
            }
        }

        private void problem(String what) {
            problems.add(source + ":" + lineNumber + ": " + what);
        }
    }
}
