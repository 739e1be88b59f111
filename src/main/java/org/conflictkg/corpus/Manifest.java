package org.conflictkg.corpus;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The optional {@code manifest.tsv} of a corpus directory: a header row, then one tab-separated row of
 * metadata per article file.
 * <pre>
 * file	url	title	outlet	published	format	notes
 * talks.txt	unknown	Ceasefire Talks Resume	The Daily Example	2020-07	text from a PDF printout	day unknown
 * </pre>
 * The {@code file} column is required; {@code url}, {@code title}, {@code outlet}, {@code published},
 * {@code language} and {@code format} are read; any other column ({@code notes} included) is ignored. A
 * {@code canonical} column in particular is ignored on purpose: which files are copies of one article is
 * detected from their text, never taken from a list. Empty cells and {@code unknown} mean unknown; lines
 * starting with {@code #} are comments.
 */
final class Manifest {

    static final String FILE_NAME = "manifest.tsv";
    static final Manifest NONE = new Manifest(Map.of());

    private static final String FILE_COLUMN = "file";
    private static final Set<String> READ_COLUMNS = Set.of("url", "title", "outlet", "published", "language", "format");

    /** One article's row: the cells of the columns read, and where the row is ("manifest.tsv line 3"). */
    record Row(Map<String, String> cells, String where) {

        /** The cell of {@code column}, empty when the column is absent, the cell blank or {@code unknown}. */
        Optional<String> value(String column) {
            return MetadataSources.known(cells.get(column));
        }
    }

    private final Map<String, Row> rows;

    private Manifest(Map<String, Row> rows) {
        this.rows = rows;
    }

    /**
     * Reads the manifest of {@code directory}; {@link #NONE} when it has none.
     *
     * @param warnings receives a warning for a file listed twice (the first row is used)
     * @throws CorpusException naming the manifest when it cannot be read or has no {@code file} column
     */
    static Manifest load(Path directory, Consumer<CorpusProblem> warnings) {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return NONE;
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new CorpusException(file, "manifest is not UTF-8 text", e);
        } catch (IOException e) {
            throw new CorpusException(file, "cannot read manifest: " + e, e);
        }
        int headerIndex = 0;
        while (headerIndex < lines.size() && isComment(lines.get(headerIndex))) headerIndex++;
        if (headerIndex == lines.size()) throw new CorpusException(file, "manifest has no header row");
        List<String> header = Arrays.stream(lines.get(headerIndex).split("\t", -1)).map(String::strip).toList();
        int fileColumn = header.indexOf(FILE_COLUMN);
        if (fileColumn < 0) {
            throw new CorpusException(file, "manifest header (line " + (headerIndex + 1) + ") has no 'file' column: " + header);
        }

        Map<String, Row> rows = new LinkedHashMap<>();
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            if (isComment(lines.get(i))) continue;
            String[] cells = lines.get(i).split("\t", -1);
            String where = FILE_NAME + " line " + (i + 1);
            String name = fileColumn < cells.length ? cells[fileColumn].strip() : "";
            if (name.isEmpty()) {
                warnings.accept(CorpusProblem.warning(file, where + ": no file name; row ignored"));
                continue;
            }
            Map<String, String> read = new HashMap<>();
            for (int c = 0; c < Math.min(cells.length, header.size()); c++) {
                if (READ_COLUMNS.contains(header.get(c))) read.put(header.get(c), cells[c]);
            }
            Row previous = rows.putIfAbsent(name, new Row(read, where));
            if (previous != null) {
                warnings.accept(CorpusProblem.warning(file, where + ": " + name + " is listed again; its row at " + previous.where() + " is used"));
            }
        }
        return new Manifest(rows);
    }

    private static boolean isComment(String line) {
        return line.isBlank() || line.startsWith("#");
    }

    Optional<Row> row(String fileName) {
        return Optional.ofNullable(rows.get(fileName));
    }

    /** The file names the manifest lists. */
    Set<String> files() {
        return rows.keySet();
    }
}
