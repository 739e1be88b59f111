package org.conflictkg.extract.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tab-separated data file of the registry: {@code #} comment lines, blank lines, one header row
 * naming the columns, then rows. Trailing empty cells may be left out; multiple values in a cell are
 * separated by {@code |}.
 * <pre>
 *   TsvTable table = TsvTable.read(TsvTable.Source.classpath("events.tsv"), List.of("key", "label"), problems);
 *   for (TsvTable.Row row : table.rows()) row.get("label");
 * </pre>
 */
final class TsvTable {

    /** Where a table is read from, with the name its problems are reported under. */
    record Source(String name, Opener opener) {

        interface Opener {
            Reader open() throws IOException;
        }

        static Source file(Path path) {
            return new Source(path.toString(), () -> Files.newBufferedReader(path, StandardCharsets.UTF_8));
        }

        /** A data file beside the registry classes. */
        static Source classpath(String fileName) {
            String name = TsvTable.class.getPackageName().replace('.', '/') + "/" + fileName;
            return new Source(name, () -> {
                InputStream in = TsvTable.class.getResourceAsStream(fileName);
                if (in == null) throw new IOException("resource not found on the classpath: " + name);
                return new InputStreamReader(in, StandardCharsets.UTF_8);
            });
        }
    }

    /** One data row, with the line it was read from. */
    record Row(String source, int line, List<String> cells, List<String> columns) {

        String where() {
            return source + ":" + line;
        }

        /** The stripped cell of the column, empty when left out. */
        String get(String column) {
            int i = columns.indexOf(column);
            if (i < 0) throw new IllegalArgumentException("no column " + column);
            return i < cells.size() ? cells.get(i).strip() : "";
        }

        /** The {@code |}-separated values of the cell; an empty value among others is a problem. */
        List<String> values(String column, Problems problems) {
            String cell = get(column);
            if (cell.isEmpty()) return List.of();
            List<String> values = new ArrayList<>();
            for (String v : cell.split("\\|", -1)) {
                if (v.isBlank()) problems.add(where(), "empty value in column '" + column + "': '" + cell + "'");
                else values.add(v.strip());
            }
            return List.copyOf(values);
        }
    }

    private final List<Row> rows;

    private TsvTable(List<Row> rows) {
        this.rows = rows;
    }

    List<Row> rows() {
        return rows;
    }

    /**
     * Reads the table, reporting a wrong header or a row with too many cells to {@code problems}.
     *
     * @throws IOException when the source cannot be read
     */
    static TsvTable read(Source source, List<String> columns, Problems problems) throws IOException {
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        try (BufferedReader in = new BufferedReader(source.opener().open())) {
            int lineNo = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) continue;
                List<String> cells = Arrays.asList(line.split("\t", -1));
                String where = source.name() + ":" + lineNo;
                if (!headerSeen) {
                    if (!cells.equals(columns)) {
                        problems.add(where, "header must be " + String.join("<TAB>", columns)
                                + " but is " + String.join("<TAB>", cells));
                        return new TsvTable(List.of());
                    }
                    headerSeen = true;
                } else if (cells.size() > columns.size()) {
                    problems.add(where, cells.size() + " cells, but there are only " + columns.size() + " columns");
                } else {
                    rows.add(new Row(source.name(), lineNo, cells, columns));
                }
            }
        }
        if (!headerSeen) problems.add(source.name() + ":1", "no header row");
        return new TsvTable(List.copyOf(rows));
    }
}
